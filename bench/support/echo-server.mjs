// The floor for the live bench: a bare socket.io server on the same machine, in its own process, that
// puts clients in rooms and broadcasts what it is sent to a room. No auth, no database.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Server } = require('socket.io');

const port = Number(process.argv[2]);
const http = createServer();
const io = new Server(http, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (room, ack) => {
    socket.join(room);
    ack?.({ ok: true });
  });
  socket.on('echo', ({ room, event }) => io.to(room).emit('change', event));
});
http.listen(port, '127.0.0.1', () => process.send?.('ready'));
