-- POST a land cadastral-information application (fully automated: registers, checks, renders and signs the PDF).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("QYZMET_COOKIE")
wrk.body = '{"fields":{"cadastralNumber":"75-123-045-067"}}'
