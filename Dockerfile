# Production image: gunicorn serves Django; whitenoise serves compressed static files.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=mpp.settings.production

RUN useradd --create-home --uid 1000 mpp
WORKDIR /app
COPY requirements/ requirements/
RUN pip install --no-cache-dir -r requirements/base.txt
COPY . .
# Static files and translations are built into the image; collectstatic needs
# settings but no database, so throw-away values are enough here.
RUN pybabel compile --domain django --directory locale \
 && DJANGO_SECRET_KEY=build DJANGO_ALLOWED_HOSTS=build \
    DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost \
    DJANGO_PRIVATE_MEDIA_ROOT=/tmp python manage.py collectstatic --noinput -v0
RUN mkdir -p /var/lib/mpp/private_media && chown -R mpp /var/lib/mpp
USER mpp
EXPOSE 8000
# Threads and a 120 s timeout: a phone on an island link may take a minute to upload
# its documents without holding a whole process hostage.
CMD ["gunicorn", "mpp.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "4", \
     "--worker-class", "gthread", "--threads", "4", "--timeout", "120", \
     "--access-logfile", "-", "--forwarded-allow-ips", "*"]
