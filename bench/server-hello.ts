import express from 'express';

// The baseline for the question page: a bare Express "hello world" on loopback, port from PORT (0: any).
const app = express();
app.get('/', (_req, res) => void res.send('hello world'));
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`hello world on http://localhost:${port}/`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
