using Luoshi.Domain.Units;
using Luoshi.Storage.Households.Reading;
using Luoshi.Web.Access;
using Luoshi.Web.Households;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Lists;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Search;

/// <summary>The search box's answers: tasks (code, text, leader, units), targets (code, subject, text) and units (name
/// or alias, as the command line reads one) of the plan shown, each only as far as the caller may see it — a unit
/// reporter finds its own unit's tasks and targets; a unit links to the task breakdown filtered by it. Households (by
/// head's name, village or number) only for those the menu offers households to, within their area, names masked
/// as in the household list.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, Luoshi.Storage.Ledger ledger) : PlanPage(reads, clock)
{
    /// <summary>Most answers of each kind shown.</summary>
    public const int Most = 50;

    /// <summary>The words searched for.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    /// <summary>Tasks found.</summary>
    public IReadOnlyList<TaskLine> Tasks { get; private set; } = [];

    /// <summary>Targets found, with their task.</summary>
    public IReadOnlyList<(TargetLine Target, TaskLine Task)> Targets { get; private set; } = [];

    /// <summary>Units found.</summary>
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    /// <summary>Households found, when the reader may see households at all (null otherwise).</summary>
    public HouseholdPage? Households { get; private set; }

    /// <summary>Searches.</summary>
    public async Task OnGetAsync()
    {
        var words = Words?.Trim();
        if (string.IsNullOrEmpty(words))
        {
            return;
        }

        if ((await Menus.OfAsync(User, Reads, HttpContext.RequestAborted)).Households)
        {
            Households = (await ledger.ListHouseholdsAsync(Viewers.Of(User), new HouseholdFilter(Words: words), 1, Most, HttpContext.RequestAborted)).Value;
        }

        if (!await LoadPlanAsync() || await Reads.ReadingAsync(Plan!.Id, AsOf, HttpContext.RequestAborted) is not { } reading)
        {
            return;
        }

        var lines = TaskBreakdown.Lines(reading, User);
        var units = await Reads.UnitsAsync(HttpContext.RequestAborted);
        var unit = UnitQuery.Of(words, units);
        Tasks = [.. lines.Where(l => l.Code.Equals(words, StringComparison.OrdinalIgnoreCase) || l.Text.Contains(words, StringComparison.Ordinal)
            || (l.Leader?.Contains(words, StringComparison.Ordinal) ?? false) || (unit.Known && unit.MatchesAny(l.SupportingUnits.Prepend(l.LeadUnit)))).Take(Most)];
        Targets = [.. lines.SelectMany(l => l.Targets.Select(t => (t, l)))
            .Where(x => x.t.Code.Equals(words, StringComparison.OrdinalIgnoreCase) || x.t.Subject.Contains(words, StringComparison.Ordinal) || x.t.Text.Contains(words, StringComparison.Ordinal))
            .Take(Most)];
        // Units: the register's departments, towns and villages by name or alias; a reporter finds the units of its tasks.
        var visible = User.ReadsAll() ? null : lines.SelectMany(l => l.SupportingUnits.Prepend(l.LeadUnit)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Units = [.. units.Where(u => (visible is null || visible.Contains(u.Name))
                && (u.Name.Contains(words, StringComparison.Ordinal) || u.Aliases.Any(a => a.Contains(words, StringComparison.Ordinal)) || u.Code.Equals(words, StringComparison.OrdinalIgnoreCase)))
            .Take(Most)];
    }
}
