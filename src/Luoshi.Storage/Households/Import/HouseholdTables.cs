using Luoshi.Storage.Bulk;
using static Luoshi.Storage.Bulk.BulkType;

namespace Luoshi.Storage.Households.Import;

/// <summary>The register's tables as the bulk writer fills them: new households with the ids it assigned, and their
/// incomes.</summary>
internal static class HouseholdTables
{
    public static readonly BulkTable Households = BulkTable.Of("households",
        ("id", Int), ("number", Text), ("village_code", Text), ("head_name", Text), ("head_id_number", Text), ("members", Text), ("income_year", Int),
        ("income", Long), ("income_recorded_on", Date), ("risks", Int), ("source", Text), ("state", Text), ("hardship_on", Date),
        ("flagged_on", Date), ("identified_on", Date), ("assisted_on", Date), ("eliminated_on", Date));

    public static readonly BulkTable Incomes = BulkTable.Of("household_incomes", ("household_id", Int), ("year", Int), ("amount", Long), ("recorded_on", Date));
}
