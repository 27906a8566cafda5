-- wrk script for benchmarks/bench.py (make bench).
--
-- BENCH_MODE (environment) chooses what each request is:
--   get     the URL as given, no Lua per request (wrk's fast path);
--   find    a tracking-code lookup: POST action=find with a code
--           (BENCH_BODY holds the urlencoded body);
--   submit  a complaint: a multipart POST whose form token changes with
--           every request (BENCH_TOKENS: one token a line, shared out
--           between wrk's threads so that no two requests send the same
--           token; BENCH_PREFIX and BENCH_SUFFIX: the body around it).
-- BENCH_COOKIE is the CSRF cookie sent with every POST.
--
-- done() prints one line, "BENCH_RESULT {json}", that bench.py reads:
-- requests, seconds, p50 and p99 latency (microseconds), wrk's own error
-- counts, and for the POST modes the status of every response, how many
-- submissions showed a receipt (a tracking code) and how many tokens had to
-- be sent a second time because the file ran out.

local mode = os.getenv("BENCH_MODE") or "get"
local nthreads = tonumber(os.getenv("BENCH_LUA_THREADS") or "1")
local threads = {}

local function slurp(path)
  local file = assert(io.open(path, "rb"))
  local data = file:read("*a")
  file:close()
  return data
end

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

if mode == "find" then
  wrk.method = "POST"
  wrk.body = slurp(os.getenv("BENCH_BODY"))
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
end

if mode ~= "get" then
  function init(args)
    statuses = {}
    receipts = 0
    reused = 0
    if mode == "submit" then
      prefix = slurp(os.getenv("BENCH_PREFIX"))
      suffix = slurp(os.getenv("BENCH_SUFFIX"))
      tokens = {}
      local i = 0
      for line in io.lines(os.getenv("BENCH_TOKENS")) do
        if i % nthreads == id then
          tokens[#tokens + 1] = line
        end
        i = i + 1
      end
      next_token = 0
      headers = {
        ["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("BENCH_BOUNDARY"),
        ["Cookie"] = os.getenv("BENCH_COOKIE"),
      }
    end
  end

  if mode == "submit" then
    function request()
      next_token = next_token + 1
      if next_token > #tokens then
        next_token = 1
        reused = reused + #tokens
      end
      return wrk.format("POST", nil, headers, prefix .. tokens[next_token] .. suffix)
    end
  end

  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if mode == "submit" and body and string.find(body, 'id="tracking-code"', 1, true) then
      receipts = receipts + 1
    end
  end
end

function done(summary, latency, requests)
  local counts, receipts_all, reused_all = {}, 0, 0
  if mode ~= "get" then
    for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses") or {}) do
        counts[status] = (counts[status] or 0) + count
      end
      receipts_all = receipts_all + (thread:get("receipts") or 0)
      reused_all = reused_all + (thread:get("reused") or 0)
    end
  end
  local parts = {}
  for status, count in pairs(counts) do
    parts[#parts + 1] = string.format('"%d": %d', status, count)
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "seconds": %.6f, "p50": %d, "p99": %d, '
      .. '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, '
      .. '"statuses": {%s}, "receipts": %d, "reused": %d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    table.concat(parts, ", "), receipts_all, reused_all
  ))
end
