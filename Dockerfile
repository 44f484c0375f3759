FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml constraints.txt README.md ./
COPY api ./api
COPY bot ./bot
COPY kawan ./kawan
COPY alembic ./alembic
COPY alembic.ini ./
COPY content ./content
RUN pip install --no-cache-dir -c constraints.txt -e . \
 && useradd --system --uid 10001 kawan
USER kawan
EXPOSE 8000 8443
CMD ["kawan", "api", "--host", "0.0.0.0"]
