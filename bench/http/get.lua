wrk.headers["Cookie"] = os.getenv("QYZMET_COOKIE")
