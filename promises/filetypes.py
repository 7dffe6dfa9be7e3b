"""Which evidence files are accepted, judged by their content (magic bytes), not by
their name alone. Pure; the service calls it before anything is stored."""

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

MAX_NAME = 150


@dataclass(frozen=True)
class FileType:
    name: str
    content_type: str
    extensions: tuple[str, ...]


PDF = FileType("PDF", "application/pdf", (".pdf",))
PNG = FileType("PNG image", "image/png", (".png",))
JPEG = FileType("JPEG image", "image/jpeg", (".jpg", ".jpeg"))
GIF = FileType("GIF image", "image/gif", (".gif",))
CSV = FileType("CSV", "text/csv", (".csv",))
TEXT = FileType("text", "text/plain", (".txt", ".md", ".log", ".json"))
DOCX = FileType(
    "Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    (".docx",),
)
XLSX = FileType(
    "Excel workbook",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    (".xlsx",),
)
ALLOWED = (PDF, PNG, JPEG, GIF, CSV, TEXT, DOCX, XLSX)
ALLOWED_EXTENSIONS = sorted({e for t in ALLOWED for e in t.extensions})


def safe_name(name: str) -> str:
    """The last path component, without control characters, of a sane length."""
    name = re.split(r"[\\/]", name or "")[-1]
    name = (
        "".join(
            ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C"
        )
        .strip()
        .lstrip(".")
    )
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_NAME - len(ext) - 1] + dot + ext) if dot else name[:MAX_NAME]
    return name or "evidence"


def _zip_kind(head: bytes, data: bytes) -> FileType | None:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    if any(n.startswith("word/") for n in names):
        return DOCX
    if any(n.startswith("xl/") for n in names):
        return XLSX
    return None


def _text_kind(data: bytes, extension: str) -> FileType | None:
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return CSV if extension == ".csv" else TEXT


def sniff(data: bytes, extension: str) -> FileType | None:
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data[:4], data)
    return _text_kind(data, extension)


def check_file(name: str, data: bytes) -> tuple[FileType | None, str]:
    """Returns (type, "") when accepted, else (None, what to fix)."""
    clean = safe_name(name)
    extension = ("." + clean.rsplit(".", 1)[-1].lower()) if "." in clean else ""
    if extension not in ALLOWED_EXTENSIONS:
        return None, (
            f"Files ending {extension or '(no extension)'} are not accepted; attach "
            f"one of: {', '.join(ALLOWED_EXTENSIONS)}."
        )
    kind = sniff(data, extension)
    if kind is None:
        return None, (
            f"The content of {clean} is not a file type we accept "
            f"({', '.join(t.name for t in ALLOWED)})."
        )
    if extension not in kind.extensions:
        return None, (
            f"{clean} is named {extension} but its content is a {kind.name}; "
            "rename it or attach the right file."
        )
    return kind, ""
