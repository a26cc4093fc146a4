using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Web.Hosting;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>What the AQI calendar and the section table share: a scope (set or site) and a year asked for, the choices,
/// and the plan's targets bound to the page's indicator, whose scope is shown first when none is asked for.</summary>
public abstract class ScopedMonitoringPage(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>The set or site asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? Scope { get; set; }

    /// <summary>The year asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? YearAsked { get; set; }

    /// <summary>The sets and sites to choose from.</summary>
    public IReadOnlyList<ScopeChoice> Scopes { get; private set; } = [];

    /// <summary>The year shown.</summary>
    public int Year { get; private set; }

    /// <summary>Why nothing is shown, when so.</summary>
    public string? Problem { get; protected set; }

    /// <inheritdoc/>
    protected override Problem? Refusal() => base.Refusal() ?? DayParameters.CheckYear("year", YearAsked);

    /// <summary>Loads the plan and settles the scope and year; returns the plan's targets bound to
    /// <paramref name="indicator"/>, or null (with <see cref="Problem"/> set to <paramref name="noSites"/>) when there
    /// is nothing to choose.</summary>
    protected async Task<IReadOnlyList<TargetReading>?> ChooseAsync(
        IReadOnlyList<ScopeChoice> scopes, string indicator, string noSites, CancellationToken ct)
    {
        await LoadPlanAsync();
        Scopes = scopes;
        var targets = Plan is null ? [] : await Reads.TargetsAsync(Plan.Id, AsOf, ct);
        var bound = targets.Where(t => t.Target.Binding?.Indicator == indicator).ToList();
        Scope ??= bound.FirstOrDefault()?.Target.Binding!.Scope ?? (Scopes.Count > 0 ? Scopes[0].Value : null);
        Year = YearAsked ?? Plan?.Year ?? AsOf.Year;
        if (Scope is null)
        {
            Problem = noSites;
            return null;
        }

        return bound;
    }
}
