using Luoshi.Storage.Bulk;
using static Luoshi.Storage.Bulk.BulkType;

namespace Luoshi.Storage.Villages;

/// <summary>The village tables new rows go to through the bulk writer, with the columns an import fills.</summary>
internal static class VillageTables
{
    public static readonly BulkTable Units = BulkTable.Of("org_units", ("code", Text), ("name", Text), ("kind", Text), ("parent_code", Text), ("aliases", Text));

    public static readonly BulkTable Profiles = BulkTable.Of("village_profiles",
        ("village_id", Int), ("short_name", Text), ("households", Int), ("population", Int), ("community", Bool));

    public static readonly BulkTable Assessments = BulkTable.Of("village_assessments",
        ("village_id", Int), ("year", Int), ("standard_id", Int), ("assessed_on", Date), ("score", BulkType.Decimal), ("tier_rank", Int),
        ("tier", Text), ("results", Text));

    public static readonly BulkTable Sewage = BulkTable.Of("sewage_statuses",
        ("village_id", Int), ("as_of", Date), ("has_facility", Bool), ("operating", Bool), ("note", Text));

    public static readonly BulkTable Incomes = BulkTable.Of("collective_incomes", ("village_id", Int), ("year", Int), ("amount", BulkType.Decimal));
}
