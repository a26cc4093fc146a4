using Luoshi.Storage.Reading.Facts;

namespace Luoshi.Storage.Migrations;

/// <summary>The statements of the SupportingReportsToContributions migration, in each provider's dialect . Before issue 15 any of a task's units could send its
/// progress report, and the first to send one held the task's period; since then only the lead unit reports the task's
/// values and supporting units send contributions. The migration moves every stored report of a unit that is not the
/// task's lead unit (by full name or alias, as <c>UnitNames</c> resolves them; a task without a lead unit keeps its
/// reports) to a contribution of the same task, period and unit:
/// <list type="bullet">
/// <item>progress, problems and next steps are kept; the values the unit had typed (which only the lead unit reports
/// now) are appended to the progress as 「（原报数值：T1.1 12.5；T1.2 3/10）」, so no figure is lost from sight;</item>
/// <item>the evidence list is kept, and every attachment is named in it as 「附件：FILE」;</item>
/// <item>saved_at is the report's submission time, else its last audit entry, else the migration's time; contributions
/// have no workflow, so state and return reason are not carried over but kept in the audit entry;</item>
/// <item>where the unit already has a contribution for that task and period, the report's text and evidence are
/// appended to it (version + 1);</item>
/// <item>contributions cannot hold files, so the attachments (rows and contents) are copied to
/// <c>moved_report_attachments</c>, a table outside the model that nothing deletes, before the report, its values
/// and its attachments are deleted;</item>
/// <item>one audit entry per moved report (report.move-to-contribution, actor migration) holds the whole report as it
/// was (state, return reason, values, attachments) and the contribution it went to;</item>
/// <item>task_facts is rewritten for the affected tasks by <c>TaskFactsSql.Rewrite</c>.</item>
/// </list></summary>
internal static class SupportingReportsSql
{
    private const string Scope = "task_id IN (SELECT task_id FROM moving_reports)";

    /// <summary>The migration's statements for <paramref name="provider"/>, to run in order.</summary>
    public static IReadOnlyList<string> Up(StoreProvider provider) => provider == StoreProvider.Postgres ? Postgres() : Sqlite();

    private static string[] Sqlite() =>
    [
        """
        CREATE TEMP TABLE moving_reports AS
        SELECT r.id, r.task_id, r.period, r.unit, r.progress, r.problems, r.next_steps, r.evidence, r.state, r.return_reason,
               r.submitted_at,
               (SELECT group_concat(g.code || ' ' || coalesce(v.value, v.numerator || '/' || v.denominator, v.done_on, ''), '；' ORDER BY g.id)
                FROM progress_values v JOIN targets g ON g.id = v.target_id WHERE v.report_id = r.id) AS typed,
               (SELECT json_group_array(json_object('target', g.code, 'value', v.value, 'numerator', v.numerator,
                                                    'denominator', v.denominator, 'doneOn', v.done_on))
                FROM progress_values v JOIN targets g ON g.id = v.target_id WHERE v.report_id = r.id) AS typed_json,
               (SELECT json_group_array(json_object('id', a.id, 'fileName', a.file_name, 'sha256', a.sha256, 'size', a.size))
                FROM attachments a WHERE a.report_id = r.id) AS attachments_json,
               (SELECT json_group_array(e) FROM (SELECT value AS e, 0 AS o, key AS n FROM json_each(r.evidence)
                                                 UNION ALL SELECT '附件：' || a.file_name, 1, a.id FROM attachments a WHERE a.report_id = r.id
                                                 ORDER BY o, n)) AS evidence_out,
               coalesce(r.submitted_at,
                        (SELECT max(x.at) FROM audit_entries x WHERE x.entity = 'report' AND x.entity_key = CAST(r.id AS TEXT)),
                        strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')) AS saved_at
        FROM progress_reports r JOIN tasks t ON t.id = r.task_id
        WHERE t.lead_unit IS NOT NULL AND r.unit <> t.lead_unit
          AND r.unit <> coalesce((SELECT u.name FROM org_units u WHERE u.name = t.lead_unit),
                                 (SELECT u.name FROM org_units u, json_each(u.aliases) a WHERE a.value = t.lead_unit ORDER BY u.id LIMIT 1),
                                 t.lead_unit);
        """,
        """
        UPDATE moving_reports SET progress = progress || CASE WHEN typed IS NULL THEN ''
                                                         WHEN progress = '' THEN '（原报数值：' || typed || '）'
                                                         ELSE char(10) || '（原报数值：' || typed || '）' END;
        """,
        """
        UPDATE contributions SET
            progress = progress || char(10) || (SELECT m.progress FROM moving_reports m WHERE m.task_id = contributions.task_id AND m.period = contributions.period AND m.unit = contributions.unit),
            problems = CASE WHEN problems = '' THEN '' ELSE problems || char(10) END
                       || (SELECT m.problems FROM moving_reports m WHERE m.task_id = contributions.task_id AND m.period = contributions.period AND m.unit = contributions.unit),
            next_steps = CASE WHEN next_steps = '' THEN '' ELSE next_steps || char(10) END
                       || (SELECT m.next_steps FROM moving_reports m WHERE m.task_id = contributions.task_id AND m.period = contributions.period AND m.unit = contributions.unit),
            evidence = (SELECT json_group_array(e) FROM (SELECT value AS e, 0 AS o, key AS n FROM json_each(contributions.evidence)
                        UNION ALL SELECT j.value, 1, j.key FROM moving_reports m, json_each(m.evidence_out) j
                                  WHERE m.task_id = contributions.task_id AND m.period = contributions.period AND m.unit = contributions.unit
                        ORDER BY o, n)),
            version = version + 1
        WHERE EXISTS (SELECT 1 FROM moving_reports m WHERE m.task_id = contributions.task_id AND m.period = contributions.period AND m.unit = contributions.unit);
        """,
        """
        INSERT INTO contributions (task_id, period, unit, progress, problems, next_steps, evidence, saved_at, version)
        SELECT m.task_id, m.period, m.unit, m.progress, m.problems, m.next_steps, m.evidence_out, m.saved_at, 1
        FROM moving_reports m
        WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.task_id = m.task_id AND c.period = m.period AND c.unit = m.unit)
        ORDER BY m.id;
        """,
        """
        INSERT INTO audit_entries (at, actor, action, entity, entity_key, before, after)
        SELECT strftime('%Y-%m-%d %H:%M:%f+00:00', 'now'), 'migration', 'report.move-to-contribution', 'report', CAST(m.id AS TEXT),
               json_object('id', m.id, 'taskId', m.task_id, 'period', m.period, 'unit', m.unit, 'state', m.state,
                           'returnReason', m.return_reason, 'submittedAt', m.submitted_at, 'values', json(m.typed_json),
                           'attachments', json(m.attachments_json), 'evidence', json(m.evidence)),
               json_object('contributionId', c.id, 'taskId', c.task_id, 'period', c.period, 'unit', c.unit)
        FROM moving_reports m JOIN contributions c ON c.task_id = m.task_id AND c.period = m.period AND c.unit = m.unit
        ORDER BY m.id;
        """,
        """
        CREATE TABLE IF NOT EXISTS moved_report_attachments (
            attachment_id INTEGER NOT NULL PRIMARY KEY, report_id INTEGER NOT NULL, task_id INTEGER NOT NULL, period INTEGER NOT NULL,
            unit TEXT NOT NULL, file_name TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
            uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL, content BLOB);
        """,
        """
        INSERT INTO moved_report_attachments
        SELECT a.id, a.report_id, m.task_id, m.period, m.unit, a.file_name, a.content_type, a.size, a.sha256, a.uploaded_by, a.uploaded_at, c.content
        FROM attachments a JOIN moving_reports m ON m.id = a.report_id LEFT JOIN attachment_contents c ON c.attachment_id = a.id;
        """,
        "DELETE FROM attachment_contents WHERE attachment_id IN (SELECT a.id FROM attachments a JOIN moving_reports m ON m.id = a.report_id);",
        "DELETE FROM attachments WHERE report_id IN (SELECT id FROM moving_reports);",
        "DELETE FROM progress_values WHERE report_id IN (SELECT id FROM moving_reports);",
        "DELETE FROM progress_reports WHERE id IN (SELECT id FROM moving_reports);",
        // The projection of the affected tasks (as ReadingRevisions fills it: whoever next changes task_facts' columns
        // freezes this statement here as it stands then).
        TaskFactsSql.Rewrite(StoreProvider.Sqlite, Scope),
        "DROP TABLE moving_reports;",
    ];

    private static string[] Postgres() =>
    [
        """
        CREATE TEMP TABLE moving_reports AS
        SELECT r.id, r.task_id, r.period, r.unit, r.progress, r.problems, r.next_steps, r.evidence, r.state, r.return_reason,
               r.submitted_at,
               (SELECT string_agg(g.code || ' ' || coalesce(v.value::text, v.numerator::text || '/' || v.denominator::text, v.done_on::text, ''), '；' ORDER BY g.id)
                FROM progress_values v JOIN targets g ON g.id = v.target_id WHERE v.report_id = r.id) AS typed,
               (SELECT coalesce(json_agg(json_build_object('target', g.code, 'value', v.value, 'numerator', v.numerator,
                                                           'denominator', v.denominator, 'doneOn', v.done_on) ORDER BY g.id), '[]'::json)
                FROM progress_values v JOIN targets g ON g.id = v.target_id WHERE v.report_id = r.id) AS typed_json,
               (SELECT coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'sha256', a.sha256, 'size', a.size) ORDER BY a.id), '[]'::json)
                FROM attachments a WHERE a.report_id = r.id) AS attachments_json,
               (SELECT coalesce(json_agg(e ORDER BY o, n), '[]'::json)::text
                FROM (SELECT j.value AS e, 0 AS o, j.n FROM json_array_elements_text(r.evidence::json) WITH ORDINALITY AS j(value, n)
                      UNION ALL SELECT '附件：' || a.file_name, 1, a.id FROM attachments a WHERE a.report_id = r.id) z) AS evidence_out,
               coalesce(r.submitted_at,
                        (SELECT max(x.at) FROM audit_entries x WHERE x.entity = 'report' AND x.entity_key = r.id::text),
                        now()) AS saved_at
        FROM progress_reports r JOIN tasks t ON t.id = r.task_id
        WHERE t.lead_unit IS NOT NULL AND r.unit <> t.lead_unit
          AND r.unit <> coalesce((SELECT u.name FROM org_units u WHERE u.name = t.lead_unit),
                                 (SELECT u.name FROM org_units u WHERE u.aliases::jsonb ? t.lead_unit ORDER BY u.id LIMIT 1),
                                 t.lead_unit);
        """,
        """
        UPDATE moving_reports SET progress = progress || CASE WHEN typed IS NULL THEN ''
                                                         WHEN progress = '' THEN '（原报数值：' || typed || '）'
                                                         ELSE chr(10) || '（原报数值：' || typed || '）' END;
        """,
        """
        UPDATE contributions c SET
            progress = c.progress || chr(10) || m.progress,
            problems = CASE WHEN c.problems = '' THEN '' ELSE c.problems || chr(10) END || m.problems,
            next_steps = CASE WHEN c.next_steps = '' THEN '' ELSE c.next_steps || chr(10) END || m.next_steps,
            evidence = (c.evidence::jsonb || m.evidence_out::jsonb)::text,
            version = c.version + 1
        FROM moving_reports m
        WHERE m.task_id = c.task_id AND m.period = c.period AND m.unit = c.unit;
        """,
        """
        INSERT INTO contributions (task_id, period, unit, progress, problems, next_steps, evidence, saved_at, version)
        SELECT m.task_id, m.period, m.unit, m.progress, m.problems, m.next_steps, m.evidence_out, m.saved_at, 1
        FROM moving_reports m
        WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.task_id = m.task_id AND c.period = m.period AND c.unit = m.unit)
        ORDER BY m.id;
        """,
        """
        INSERT INTO audit_entries (at, actor, action, entity, entity_key, before, after)
        SELECT now(), 'migration', 'report.move-to-contribution', 'report', m.id::text,
               json_build_object('id', m.id, 'taskId', m.task_id, 'period', m.period, 'unit', m.unit, 'state', m.state,
                                 'returnReason', m.return_reason, 'submittedAt', m.submitted_at, 'values', m.typed_json,
                                 'attachments', m.attachments_json, 'evidence', m.evidence::json)::text,
               json_build_object('contributionId', c.id, 'taskId', c.task_id, 'period', c.period, 'unit', c.unit)::text
        FROM moving_reports m JOIN contributions c ON c.task_id = m.task_id AND c.period = m.period AND c.unit = m.unit
        ORDER BY m.id;
        """,
        """
        CREATE TABLE IF NOT EXISTS moved_report_attachments (
            attachment_id integer NOT NULL PRIMARY KEY, report_id integer NOT NULL, task_id integer NOT NULL, period integer NOT NULL,
            unit text NOT NULL, file_name text NOT NULL, content_type text NOT NULL, size bigint NOT NULL, sha256 text NOT NULL,
            uploaded_by text NOT NULL, uploaded_at timestamp with time zone NOT NULL, content bytea);
        """,
        """
        INSERT INTO moved_report_attachments
        SELECT a.id, a.report_id, m.task_id, m.period, m.unit, a.file_name, a.content_type, a.size, a.sha256, a.uploaded_by, a.uploaded_at, c.content
        FROM attachments a JOIN moving_reports m ON m.id = a.report_id LEFT JOIN attachment_contents c ON c.attachment_id = a.id;
        """,
        "DELETE FROM attachment_contents WHERE attachment_id IN (SELECT a.id FROM attachments a JOIN moving_reports m ON m.id = a.report_id);",
        "DELETE FROM attachments WHERE report_id IN (SELECT id FROM moving_reports);",
        "DELETE FROM progress_values WHERE report_id IN (SELECT id FROM moving_reports);",
        "DELETE FROM progress_reports WHERE id IN (SELECT id FROM moving_reports);",
        // The projection of the affected tasks (as ReadingRevisions fills it: whoever next changes task_facts' columns
        // freezes this statement here as it stands then).
        TaskFactsSql.Rewrite(StoreProvider.Postgres, Scope),
        "DROP TABLE moving_reports;",
    ];
}
