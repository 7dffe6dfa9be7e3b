"""OpenAPI post-processing: every operation documents the one error shape."""

from typing import Any

ERROR = {
    "type": "object",
    "description": "The one error shape: detail and code, plus one key per invalid field.",
    "properties": {"detail": {"type": "string"}, "code": {"type": "string"}},
    "required": ["detail", "code"],
    "additionalProperties": True,
}
STATUSES = {
    "400": "Invalid input; field errors are listed under their names.",
    "401": "Not signed in.",
    "403": "Signed in, but this action is not yours to take.",
    "404": "Not found, or not visible to you.",
    "409": "The state changed: a race lost, a deadline passed, checks failing.",
    "429": "Too many writes; slow down.",
}


def add_error_responses(result: dict[str, Any], generator, request, public) -> dict[str, Any]:
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in result.get("paths", {}).items():
        if not path.startswith("/api/") or path.startswith("/api/schema"):
            continue
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, description in STATUSES.items():
                responses.setdefault(status, {
                    "description": description,
                    "content": {"application/json": {"schema": ref}},
                })
    return result
