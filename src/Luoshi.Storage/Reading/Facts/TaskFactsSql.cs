namespace Luoshi.Storage.Reading.Facts;

/// <summary>The statement that rewrites task_facts rows from progress_reports and progress_values, in each provider's
/// dialect: the sent-period mask and the sent values of each task in the scope, in one pass over its reports.</summary>
internal static class TaskFactsSql
{
    /// <summary>Rewrites the rows of the tasks in <paramref name="scope"/> (an SQL condition on a task id column named
    /// <c>task_id</c>): deletes them, then inserts one per task with a sent report.</summary>
    public static string Rewrite(StoreProvider provider, string scope)
    {
        var sent = $"state IN ({SentStates.SqlList})";
        var (mask, concat, text, nothing) = provider == StoreProvider.Postgres
            ? ("bit_or(1::bigint << (period - 1))", "string_agg({0}, ';')", "::text", "coalesce")
            : ("sum(DISTINCT 1 << (period - 1))", "group_concat({0}, ';')", "", "ifnull");
        var entry = $"v.target_id{text} || ':' || r.period{text} || (CASE r.state WHEN 'Approved' THEN 'A' ELSE 'P' END) || "
            + $"{nothing}(v.value{text}, '') || '|' || {nothing}(v.numerator{text}, '') || '|' || {nothing}(v.denominator{text}, '') || '|' || {nothing}(v.done_on{text}, '')";
        return $"""
            DELETE FROM task_facts WHERE {scope};
            INSERT INTO task_facts (task_id, plan_id, sent_periods, sent_values)
            SELECT t.id, t.plan_id, s.periods, {nothing}(x.entries, '')
            FROM (SELECT task_id, {mask} AS periods FROM progress_reports WHERE {sent} AND {scope} GROUP BY task_id) s
            JOIN tasks t ON t.id = s.task_id
            LEFT JOIN (SELECT r.task_id, {string.Format(System.Globalization.CultureInfo.InvariantCulture, concat, entry)} AS entries
                       FROM progress_reports r JOIN progress_values v ON v.report_id = r.id
                       WHERE r.{sent} AND r.{scope} GROUP BY r.task_id) x ON x.task_id = s.task_id;
            """;
    }
}
