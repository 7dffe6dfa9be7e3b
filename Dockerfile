FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
# WeasyPrint renders PDFs with Pango.
RUN apt-get update && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN pip install --no-cache-dir .
COPY . .
RUN SECRET_KEY=build DATABASE_URL=sqlite:////tmp/x.db DJANGO_SETTINGS_MODULE=dealdesk.settings.production \
    python manage.py collectstatic --noinput
EXPOSE 8000
# Bind, workers (WEB_CONCURRENCY) and timeout: gunicorn.conf.py, read from WORKDIR.
CMD ["gunicorn", "dealdesk.wsgi:application"]
