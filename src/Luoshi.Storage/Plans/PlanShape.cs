using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Plans;

/// <summary>Checks an incoming plan for what the database would refuse anyway (a code used twice), so the user gets
/// a sentence instead of a constraint violation.</summary>
internal static class PlanShape
{
    public static Words? Problem(Plan plan)
    {
        var twice = FirstDuplicate(plan.Sections.Select(s => s.Code))
            ?? FirstDuplicate(plan.Tasks.Select(t => t.Code))
            ?? FirstDuplicate(plan.Tasks.SelectMany(t => t.Targets).Select(t => t.Code));
        return twice is null ? null : Catalogue.Ledger.CodeTwice(twice);
    }

    private static string? FirstDuplicate(IEnumerable<string> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return codes.FirstOrDefault(code => !seen.Add(code));
    }
}
