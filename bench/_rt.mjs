import pg from 'pg';
for (const host of ['127.0.0.1', '/var/run/postgresql']) {
  const pool = new pg.Pool({ host, user: 'postgres', database: 'postgres', max: 10 });
  const run = async (n) => { await Promise.all(Array.from({ length: 20 }, async () => { for (let i = 0; i < n; i++) await pool.query({ name: 'one', text: 'SELECT $1::int AS x', values: [i] }); })); };
  await run(50);
  const c0 = process.cpuUsage(); const t0 = performance.now();
  await run(500);
  const c = process.cpuUsage(c0); const ms = performance.now() - t0;
  console.log(host.padEnd(22), `client CPU per query ${((c.user + c.system) / 1000 / 10000).toFixed(3)} ms (user ${(c.user/1e7).toFixed(3)}, sys ${(c.system/1e7).toFixed(3)}), ${(10000 / ms * 1000).toFixed(0)} queries/s`);
  await pool.end();
}
