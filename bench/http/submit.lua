-- POST a land cadastral-information application (fully automated: registers, checks, renders and signs the PDF).
-- Each request carries its own Idempotency-Key, as a real client does.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("QYZMET_COOKIE")
wrk.body = '{"fields":{"cadastralNumber":"75-123-045-067"}}'
local counter = 0
-- A random prefix per thread from /dev/urandom: math.random is not seeded, so two threads (and two runs) drew the same id.
local f = io.open("/dev/urandom", "rb")
local thread_id = f:read(8):gsub(".", function(c) return string.format("%02x", c:byte()) end)
f:close()
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. thread_id .. "-" .. counter
  return wrk.format()
end
-- Status counts, so a run shows how many were refused (503/429) and whether any 5xx other than 503 happened.
local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx=%d timeouts=%d\n", summary.errors.status, summary.errors.timeout))
end
