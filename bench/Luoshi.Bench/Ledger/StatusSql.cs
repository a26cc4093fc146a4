namespace Luoshi.Bench.Ledger;

/// <summary>The status rules of docs/evaluation.md as one SQLite query over the ledger's tables: the peer the C#
/// evaluation is measured against. It covers what the generated ledger holds — cumulative, level, ratio (with
/// coverage) and milestone targets; at least, at most and equal comparators; linear trajectories; monthly or
/// quarterly calendars — and gives a NULL status for anything else, so a target it does not cover shows up as a
/// disagreement instead of a silent guess.</summary>
/// <remarks>SQLite has no decimal type: EF stores decimals as text and the query computes in doubles. The generated
/// values have at most four decimals, so the ties that matter (exactly on the trajectory, exactly 80% of it) are
/// compared without a division where the C# divides; the setup of the benchmark checks that every target gets the
/// same status both ways.</remarks>
internal static class StatusSql
{
    /// <summary>Region/code and status of every target as of <c>$as_of</c> (yyyy-MM-dd).</summary>
    public const string Query = """
        WITH RECURSIVE
        numbers(p) AS (SELECT 1 UNION ALL SELECT p + 1 FROM numbers WHERE p < 12),
        -- Every period of every plan with the day it begins and the day its report is due (a due day past the
        -- month's end means its last day).
        periods AS (
            SELECT pl.id AS plan_id, pl.year, 12 / c.count AS months, n.p,
                   printf('%04d-%02d-01', pl.year, (n.p - 1) * (12 / c.count) + 1) AS starts,
                   printf('%04d-%02d-%02d', pl.year, n.p * (12 / c.count),
                          min(coalesce(pl.cadence_due_day, 31),
                              CAST(strftime('%d', printf('%04d-%02d-01', pl.year, n.p * (12 / c.count)), '+1 month', '-1 day') AS INTEGER))) AS due
            FROM plans pl
            JOIN (SELECT 'Monthly' AS frequency, 12 AS count UNION ALL SELECT 'Quarterly', 4) c ON c.frequency = pl.cadence_frequency
            JOIN numbers n ON n.p <= c.count
        ),
        -- Per plan: periods past due (due before the date: a report due today is not late) and periods begun.
        calendar AS (
            SELECT pl.id AS plan_id, pl.region, pl.year, 12 / max(p.months) AS periods, max(p.months) AS months,
                   sum(p.due < $as_of) AS past_due, sum(p.starts <= $as_of) AS started,
                   CAST(pl.thresholds_yellow AS REAL) AS yellow, CAST(pl.thresholds_red AS REAL) AS red
            FROM plans pl JOIN periods p ON p.plan_id = pl.id
            GROUP BY pl.id
        ),
        -- Per target, from approved values of periods begun by the date: the sum, the last period with a value
        -- (its value is looked up below: two index seeks per target are cheaper than carrying it through max())
        -- and the first day done.
        actuals AS (
            SELECT v.target_id,
                   sum(CAST(v.value AS REAL)) AS total,
                   max(CASE WHEN v.value IS NOT NULL
                              OR (t.measure = 'Ratio' AND v.numerator IS NOT NULL AND CAST(v.denominator AS REAL) > 0)
                            THEN r.period END) AS last_period,
                   min(v.done_on) AS done
            FROM progress_values v
            JOIN progress_reports r ON r.id = v.report_id
            JOIN targets t ON t.id = v.target_id
            JOIN calendar c ON c.plan_id = t.plan_id
            WHERE r.state = 'Approved' AND r.period <= c.started
            GROUP BY v.target_id
        ),
        -- Per task, the periods whose report counts as sent (submitted, resubmitted or approved), as bits.
        reported AS (
            SELECT task_id, sum(1 << (period - 1)) AS mask
            FROM progress_reports
            WHERE state IN ('Submitted', 'Resubmitted', 'Approved')
            GROUP BY task_id
        ),
        goals AS (
            SELECT t.id, c.region, t.code, t.measure, t.comparator, t.deadline, c.yellow, c.red,
                   CAST(coalesce(t.value, CASE t.kind WHEN 'Coverage' THEN 100 END) AS REAL) AS goal,
                   CAST(coalesce(t.baseline, 0) AS REAL) AS start,
                   CASE WHEN CAST(substr(t.deadline, 1, 4) AS INTEGER) > c.year THEN c.periods
                        WHEN CAST(substr(t.deadline, 1, 4) AS INTEGER) < c.year THEN 1
                        ELSE (CAST(substr(t.deadline, 6, 2) AS INTEGER) - 1) / c.months + 1 END AS m,
                   c.past_due, coalesce(rp.mask, 0) AS mask,
                   CASE WHEN t.measure = 'Cumulative' THEN a.total
                        WHEN t.measure = 'Milestone' AND a.done IS NOT NULL THEN 100.0
                        -- a share is numerator ÷ denominator in percent, as C# rounds it; else the value itself
                        WHEN t.measure = 'Ratio' AND lv.numerator IS NOT NULL AND CAST(lv.denominator AS REAL) > 0
                        THEN round(CAST(lv.numerator AS REAL) * 100 / CAST(lv.denominator AS REAL), 4)
                        ELSE CAST(lv.value AS REAL) END AS actual,
                   a.done
            FROM targets t
            JOIN calendar c ON c.plan_id = t.plan_id
            LEFT JOIN actuals a ON a.target_id = t.id
            LEFT JOIN progress_reports lr ON lr.task_id = t.task_id AND lr.period = a.last_period
            LEFT JOIN progress_values lv ON lv.report_id = lr.id AND lv.target_id = t.id
            LEFT JOIN reported rp ON rp.task_id = t.task_id
        ),
        -- d = periods counted (past due, at most up to the deadline's); the expected value after d of m periods,
        -- kept as a fraction expected_num / m so that ties on the trajectory are compared exactly.
        judged AS (
            SELECT g.*, min(g.past_due, g.m) AS d,
                   CASE WHEN min(g.past_due, g.m) <= 0 THEN NULL
                        WHEN g.measure = 'Cumulative' THEN g.goal * min(g.past_due, g.m)
                        WHEN g.measure = 'Ratio' THEN g.start * g.m + (g.goal - g.start) * min(g.past_due, g.m)
                        WHEN g.measure = 'Milestone' THEN 100.0 * min(g.past_due, g.m)
                        WHEN g.measure = 'Level' THEN g.goal * g.m END AS expected_num,
                   CASE WHEN g.measure = 'Milestone' THEN g.done IS NOT NULL AND g.done <= g.deadline
                        WHEN g.actual IS NULL OR g.goal IS NULL THEN 0
                        WHEN g.comparator = 'AtLeast' THEN g.actual >= g.goal
                        WHEN g.comparator = 'AtMost' THEN g.actual <= g.goal
                        WHEN g.comparator = 'Equal' AND g.measure IN ('Cumulative', 'Ratio') THEN g.actual >= g.goal
                        WHEN g.comparator = 'Equal' THEN g.actual = g.goal END AS met,
                   g.measure = 'Milestone' OR (g.measure IN ('Cumulative', 'Ratio') AND g.comparator IN ('AtLeast', 'Equal')) AS final,
                   $as_of > g.deadline AS after_deadline
            FROM goals g
        )
        SELECT j.region || '/' || j.code AS target,
               CASE
                   WHEN j.measure NOT IN ('Cumulative', 'Level', 'Ratio', 'Milestone')
                        OR j.comparator NOT IN ('AtLeast', 'AtMost', 'Equal') THEN NULL
                   WHEN j.met AND (j.final OR j.after_deadline) THEN 'Achieved'
                   WHEN j.after_deadline THEN 'Missed'
                   WHEN (j.mask & ((1 << j.d) - 1)) <> (1 << j.d) - 1 THEN 'NotReported'
                   WHEN j.expected_num IS NULL THEN 'OnTrack'
                   WHEN j.actual IS NULL AND j.measure = 'Level' THEN 'Behind'
                   -- share s = actual ÷ expected (expected ÷ actual for at most); s ≥ yellow is green, ≥ red yellow.
                   WHEN j.comparator = 'AtMost' THEN
                       CASE WHEN coalesce(j.actual, 0) <= 0 OR j.expected_num >= j.yellow * j.actual * j.m THEN 'OnTrack'
                            WHEN j.expected_num >= j.red * j.actual * j.m THEN 'Behind' ELSE 'AtRisk' END
                   WHEN j.expected_num <= 0 THEN CASE WHEN coalesce(j.actual, 0) * j.m >= j.expected_num THEN 'OnTrack' ELSE 'AtRisk' END
                   WHEN coalesce(j.actual, 0) * j.m >= j.yellow * j.expected_num THEN 'OnTrack'
                   WHEN coalesce(j.actual, 0) * j.m >= j.red * j.expected_num THEN 'Behind'
                   ELSE 'AtRisk'
               END AS status
        FROM judged j
        """;
}
