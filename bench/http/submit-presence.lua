-- POST a real-estate.absence-presence-reference application (fully automated: registers, reads the register, renders and signs the PDF).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("QYZMET_COOKIE")
wrk.body = '{"fields":{"region":"75"}}'
