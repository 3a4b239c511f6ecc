// The baseline: bare Node HTTP answering every request with the same bytes, no framework, no database.
import http from 'node:http';

const size = Number(process.env.BODY_BYTES ?? 1000);
const body = Buffer.alloc(size, 'x');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(req.method === 'POST' ? 202 : 200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
