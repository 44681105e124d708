-- POST a legal-entities.register-reference application (fully automated: registers, reads the register, renders and signs the PDF).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("QYZMET_COOKIE")
wrk.body = '{"fields":{"kind":"registered-entity","bin":"100540012349"}}'
