-- POST a cadastral-passport application (real-estate.cadastral-passport, 000.md): a workflow submission, stored with its
-- invoice and its first monitoring stage, then it awaits the base payment and the desk; nothing is rendered or signed.
-- Each request carries its own Idempotency-Key, unique across threads and runs (a random prefix per thread).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("QYZMET_COOKIE")
wrk.body = '{"fields":{"cadastralNumber":"75-123-045-067:1","consent":"given"}}'
local counter = 0
local f = io.open("/dev/urandom", "rb")
local prefix = f:read(8):gsub(".", function(c) return string.format("%02x", c:byte()) end)
f:close()
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. prefix .. "-" .. counter
  return wrk.format()
end
