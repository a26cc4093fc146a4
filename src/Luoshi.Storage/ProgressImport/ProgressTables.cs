using Luoshi.Storage.Bulk;
using static Luoshi.Storage.Bulk.BulkType;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The progress tables as the bulk writer fills them: reports with the ids the writer assigned, values, and the task_facts rows the import builds itself (<see cref="ImportedFacts"/>).</summary>
internal static class ProgressTables
{
    public static readonly BulkTable Reports = BulkTable.Of("progress_reports",
        ("id", Int), ("task_id", Int), ("period", Int), ("unit", Text), ("state", Text), ("progress", Text), ("problems", Text),
        ("next_steps", Text), ("submitted_at", Timestamp), ("evidence", Text), ("version", Int));

    public static readonly BulkTable Values = BulkTable.Of("progress_values",
        ("report_id", Int), ("target_id", Int), ("value", BulkType.Decimal), ("numerator", BulkType.Decimal), ("denominator", BulkType.Decimal),
        ("done_on", Date));

    public static readonly BulkTable Facts = BulkTable.Of("task_facts",
        ("task_id", Int), ("plan_id", Int), ("sent_periods", Long), ("sent_reports", Text), ("sent_values", Text), ("version", Long));
}
