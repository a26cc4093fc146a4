namespace Luoshi.Storage.Reading.Facts;

/// <summary>The statement that rewrites task_facts rows from progress_reports and progress_values, in each provider's
/// dialect: the sent-period mask, the sent reports and the sent values of each task in the scope.</summary>
internal static class TaskFactsSql
{
    /// <summary>Rewrites the rows of the tasks in <paramref name="scope"/> (an SQL condition on a task id column named
    /// <c>task_id</c>): deletes them, then inserts one per task with a sent report.</summary>
    public static string Rewrite(StoreProvider provider, string scope)
    {
        var d = Dialect.Of(provider);
        var sent = $"state IN ({SentStates.SqlList})";
        string Joined(params string[] fields) => string.Join($" || {d.Unit} || ", fields);
        var report = Joined($"period{d.Text}", "unit", $"{d.Null}({d.Moment("submitted_at")}, '')");
        var value = Joined(
            $"v.target_id{d.Text}", $"r.period{d.Text}", "(CASE r.state WHEN 'Approved' THEN 'A' ELSE 'P' END)",
            $"{d.Null}(v.value{d.Text}, '')", $"{d.Null}(v.numerator{d.Text}, '')", $"{d.Null}(v.denominator{d.Text}, '')", $"{d.Null}(v.done_on{d.Text}, '')");
        return $"""
            DELETE FROM task_facts WHERE {scope};
            INSERT INTO task_facts (task_id, plan_id, sent_periods, sent_reports, sent_values, version)
            SELECT t.id, t.plan_id, s.periods, s.reports, {d.Null}(x.entries, ''), {d.Random}
            FROM (SELECT task_id, {d.Mask} AS periods, {d.Concat(report, "period")} AS reports
                  FROM progress_reports WHERE {sent} AND {scope} GROUP BY task_id) s
            JOIN tasks t ON t.id = s.task_id
            LEFT JOIN (SELECT r.task_id, {d.Concat(value, "r.period, v.target_id")} AS entries
                       FROM progress_reports r JOIN progress_values v ON v.report_id = r.id
                       WHERE r.{sent} AND r.{scope} GROUP BY r.task_id) x ON x.task_id = s.task_id;
            """;
    }

    private sealed record Dialect(
        string Text, string Null, string Mask, string Unit, string Record, string Random, Func<string, string> Moment)
    {
        public static Dialect Of(StoreProvider provider) => provider == StoreProvider.Postgres
            ? new("::text", "coalesce", "bit_or(1::bigint << (period - 1))", "chr(31)", "chr(30)", RandomVersion.Postgres,
                c => $"to_char({c} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
            : new("", "ifnull", "sum(DISTINCT 1 << (period - 1))", "char(31)", "char(30)", RandomVersion.Sqlite, c => c);

        // In a stated order, so the same reports always give the same text.
        public string Concat(string expression, string order) => Text.Length > 0
            ? $"string_agg({expression}, {Record} ORDER BY {order})"
            : $"group_concat({expression}, {Record} ORDER BY {order})";
    }
}
