"""Evidence upload/download and comments, for pages and API."""

from django import forms
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from dealdesk.errors import DomainError, NotFound, ValidationFailed
from dealdesk.throttle import WriteThrottle
from dealdesk.web import form_errors, page
from promises import services
from promises.models import Evidence
from promises.selectors import ask_get, asks_visible_to
from promises.services.evidence import evidence_path


class EvidenceForm(forms.Form):
    file = forms.FileField(required=False, label="File (PDF, image, CSV, text, Word, Excel)")
    url = forms.URLField(required=False, label="…or a link", assume_scheme="https")
    title = forms.CharField(required=False, max_length=200, label="What is it?")


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Comment", max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )


def _add_evidence(actor, ask, upload, url: str, title: str) -> Evidence:
    if upload is not None:
        return services.evidence_add_file(
            actor=actor, ask=ask, name=upload.name, data=upload.read(), title=title
        )
    if url:
        return services.evidence_add_link(actor=actor, ask=ask, url=url, title=title)
    raise ValidationFailed(
        "Attach a file or paste a link.", fields={"file": ["Attach a file or paste a link."]}
    )


def evidence_get(*, user, evidence_id: int) -> Evidence:
    evidence = Evidence.objects.filter(pk=evidence_id, ask__in=asks_visible_to(user)).first()
    if evidence is None:
        raise NotFound("No such evidence, or it is not shared with you.")
    return evidence


def download_response(evidence: Evidence) -> FileResponse:
    if evidence.kind != Evidence.Kind.FILE:
        raise Http404("This evidence is a link, not a file.")
    path = evidence_path(evidence.stored_name)
    if not path.is_file():
        raise Http404("The file is missing from storage.")
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@page
def evidence_add(request: HttpRequest, ask_id: int) -> HttpResponse:
    ask = ask_get(user=request.user, ask_id=ask_id)
    form = EvidenceForm(request.POST or None, request.FILES or None)
    if request.method != "POST":
        return redirect("ask", ask_id=ask.pk)
    status_code = 400
    if form.is_valid():
        try:
            _add_evidence(
                request.user,
                ask,
                form.cleaned_data["file"],
                form.cleaned_data["url"],
                form.cleaned_data["title"],
            )
            return redirect("ask", ask_id=ask.pk)
        except DomainError as exc:
            status_code = form_errors(form, exc)
    return render(
        request,
        "promises/ask_form_error.html",
        {"ask": ask, "form": form, "multipart": True},
        status=status_code,
    )


@page
def evidence_download(request: HttpRequest, evidence_id: int) -> FileResponse:
    return download_response(evidence_get(user=request.user, evidence_id=evidence_id))


@page
def comment_add(request: HttpRequest, ask_id: int) -> HttpResponse:
    ask = ask_get(user=request.user, ask_id=ask_id)
    form = CommentForm(request.POST or None)
    if request.method != "POST":
        return redirect("ask", ask_id=ask.pk)
    status_code = 400
    if form.is_valid():
        try:
            services.comment_add(actor=request.user, ask=ask, body=form.cleaned_data["body"])
            return redirect("ask", ask_id=ask.pk)
        except DomainError as exc:
            status_code = form_errors(form, exc)
    return render(
        request, "promises/ask_form_error.html", {"ask": ask, "form": form}, status=status_code
    )


class EvidenceOut(serializers.ModelSerializer):
    added_by = serializers.CharField(source="added_by.username")

    class Meta:
        model = Evidence
        fields = [
            "id",
            "ask",
            "kind",
            "title",
            "url",
            "original_name",
            "content_type",
            "size",
            "sha256",
            "added_by",
            "added_at",
        ]


class EvidenceIn(serializers.Serializer):
    file = serializers.FileField(required=False)
    url = serializers.CharField(required=False, allow_blank=True, default="")
    title = serializers.CharField(required=False, allow_blank=True, default="", max_length=200)


class CommentIn(serializers.Serializer):
    body = serializers.CharField(max_length=5000)


class CommentOut(serializers.Serializer):
    id = serializers.IntegerField()
    author = serializers.CharField(source="author.username")
    body = serializers.CharField()
    created_at = serializers.DateTimeField()


class AskEvidenceApi(APIView):
    parser_classes = [MultiPartParser, FormParser, JSONParser]
    throttle_classes = [WriteThrottle]

    @extend_schema(responses=EvidenceOut(many=True))
    def get(self, request: Request, ask_id: int) -> Response:
        ask = ask_get(user=request.user, ask_id=ask_id)
        return Response(EvidenceOut(ask.evidence.select_related("added_by"), many=True).data)

    @extend_schema(
        request={"multipart/form-data": EvidenceIn, "application/json": EvidenceIn},
        responses={201: EvidenceOut},
    )
    def post(self, request: Request, ask_id: int) -> Response:
        ask = ask_get(user=request.user, ask_id=ask_id)
        data = EvidenceIn(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        evidence = _add_evidence(request.user, ask, v.get("file"), v["url"], v["title"])
        return Response(EvidenceOut(evidence).data, status=status.HTTP_201_CREATED)


class EvidenceDownloadApi(APIView):
    @extend_schema(responses={(200, "application/octet-stream"): bytes})
    def get(self, request: Request, evidence_id: int) -> FileResponse:
        return download_response(evidence_get(user=request.user, evidence_id=evidence_id))


class AskCommentsApi(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(responses=CommentOut(many=True))
    def get(self, request: Request, ask_id: int) -> Response:
        ask = ask_get(user=request.user, ask_id=ask_id)
        return Response(CommentOut(ask.comments.select_related("author"), many=True).data)

    @extend_schema(request=CommentIn, responses={201: CommentOut})
    def post(self, request: Request, ask_id: int) -> Response:
        ask = ask_get(user=request.user, ask_id=ask_id)
        data = CommentIn(data=request.data)
        data.is_valid(raise_exception=True)
        comment = services.comment_add(
            actor=request.user, ask=ask, body=data.validated_data["body"]
        )
        return Response(CommentOut(comment).data, status=status.HTTP_201_CREATED)
