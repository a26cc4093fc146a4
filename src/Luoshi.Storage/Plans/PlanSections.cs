using Luoshi.Domain.Plans;
using Luoshi.Domain.Years;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Plans;

/// <summary>Brings a stored plan's sections in line with a new import, by code.</summary>
internal static class PlanSections
{
    public static void Merge(LedgerDbContext db, Plan stored, List<Section> incoming)
    {
        var byCode = stored.Sections.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var section in incoming)
        {
            if (byCode.Remove(section.Code, out var kept))
            {
                (kept.Number, kept.Title, kept.Level, kept.ParentCode, kept.Span) =
                    (section.Number, section.Title, section.Level, section.ParentCode, section.Span);
            }
            else
            {
                kept = section;
                kept.Id = 0;
                stored.Sections.Add(kept);
            }

            db.Entry(kept).Property(ReportOrder.Column).CurrentValue = ordinal++;
        }

        // The section of tasks carried over from the year before is not in the report; it stays, last.
        if (byCode.Remove(CarryOverRules.Section, out var carried))
        {
            db.Entry(carried).Property(ReportOrder.Column).CurrentValue = ordinal;
        }

        foreach (var gone in byCode.Values)
        {
            stored.Sections.Remove(gone);
            db.Sections.Remove(gone);
        }
    }
}
