-- Prints the figures of a wrk run as "name value" lines, which scripts/bench-server reads.
function report(name, summary, latency, count)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("%s_per_second %.1f\n", name, (count or summary.requests) / seconds))
  io.write(string.format("%s_p50_ms %.2f\n", name, latency:percentile(50) / 1000))
  io.write(string.format("%s_p99_ms %.2f\n", name, latency:percentile(99) / 1000))
  io.write(string.format("%s_errors %d\n", name, e.connect + e.read + e.write + e.status + e.timeout))
end
