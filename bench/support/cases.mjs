// Bench fixtures: enough open cases on one school for a full page.

/** Adds open Baken cases (each with an open action and a place on the next meeting) up to `target`. */
export async function topUpCases(sql, schoolId, target) {
  const {
    rows: [{ n }],
  } = await sql.query(
    `SELECT count(*)::int AS n FROM case_file WHERE school_id = $1 AND status IN ('OPEN','MONITORING')`,
    [schoolId],
  );
  const {
    rows: [{ id: coordinator, region_id: regionId }],
  } = await sql.query(`SELECT id, region_id FROM app_user WHERE email = 'verzuim@baken.demo.test'`);
  const {
    rows: [{ id: meetingId }],
  } = await sql.query(
    `SELECT id FROM meeting WHERE organisation_id = $1 AND status = 'PLANNED' ORDER BY starts_at LIMIT 1`,
    [schoolId],
  );
  for (let i = n; i < target; i++) {
    const {
      rows: [pupil],
    } = await sql.query(
      `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name)
       VALUES ($1, $2, $3, 'Bench', $4, '2012-05-01', '2B') RETURNING id`,
      [regionId, schoolId, `BENCH${i}`, `Leerling ${i}`],
    );
    const {
      rows: [c],
    } = await sql.query(
      `INSERT INTO case_file (region_id, school_id, pupil_id, category, typology, tier, status, created_by, version)
       VALUES ($1, $2, $3, 'AT_RISK_HOME', 'TRUANCY', 2, 'OPEN', $4, 1) RETURNING id`,
      [regionId, schoolId, pupil.id, coordinator],
    );
    await sql.query(`INSERT INTO case_involvement (case_id, organisation_id, added_by) VALUES ($1, $2, $3)`, [
      c.id,
      schoolId,
      coordinator,
    ]);
    await sql.query(
      `INSERT INTO case_action (case_id, title, owner_user_id, due_date, created_by) VALUES ($1, 'Ouders bellen', $2, CURRENT_DATE + 7, $2)`,
      [c.id, coordinator],
    );
    await sql.query(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, $3)`, [
      meetingId,
      c.id,
      100 + i,
    ]);
  }
}
