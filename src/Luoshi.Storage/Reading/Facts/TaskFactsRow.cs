namespace Luoshi.Storage.Reading.Facts;

/// <summary>task_facts: what a task's sent reports hold, kept in one row per task so that reading a province's ledger
/// reads twelve thousand rows, not four hundred thousand values. A projection of progress_reports and progress_values,
/// rewritten in the same transaction as every change to them (<see cref="TaskFactsProjection"/>); a task with no sent
/// report has no row. Fields and records are separated by the ASCII unit and record separators (31, 30), which no
/// stored text may hold.</summary>
/// <param name="SentPeriods">Bit p-1 set when period p's report counts as sent.</param>
/// <param name="SentReports">Each sent report as <c>period␟unit␟submitted_at</c>.</param>
/// <param name="SentValues">Each sent value as <c>target␟period␟A|P␟value␟numerator␟denominator␟done_on</c> (A approved,
/// P awaiting review).</param>
/// <param name="Version">A random number drawn at every rewrite of the row: a reader that kept the row's parsed facts
/// knows them current while the version is the same (<see cref="ReadingCache"/>).</param>
internal sealed record TaskFactsRow(int TaskId, int PlanId, long SentPeriods, string SentReports, string SentValues, long Version);
