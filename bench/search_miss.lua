-- service_search_miss: the search of service_search, each request with a query
-- string never seen before (an unused `r` parameter), so the public page cache
-- (mpp/pagecache.py) misses every time: what a search costs when it is rendered.
local sent = 0

setup = function(thread)
  thread:set("tag", os.time() .. "-" .. math.random(1, 1e9))
end

request = function()
  sent = sent + 1
  return wrk.format("GET", "/layanan/?q=ktp&r=" .. (tag or "t") .. "-" .. sent)
end
