using System.Text.Json;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Domain.Reading;
using Luoshi.Web.Reading.Tasks;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Targets;

/// <summary>One target: expected trajectory, actual values and projection on one chart, and its reports.</summary>
public sealed partial class DetailModel(LedgerReads reads, LedgerClock clock, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The outcome of a change.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The target.</summary>
    public Target? Target { get; private set; }

    /// <summary>Its task's code.</summary>
    public string TaskCode { get; private set; } = "";

    /// <summary>The target as of the page's day: the reading every output renders.</summary>
    public TargetReading? Reading { get; private set; }

    /// <summary>Its chart lines, from the reading.</summary>
    public TargetHistory? History { get; private set; }

    /// <summary>The task's reports the caller may see.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    /// <summary>The target's goal and result in every year it was promised (through confirmed matches), oldest first.</summary>
    public IReadOnlyList<Luoshi.Domain.Years.YearPoint> Series { get; private set; } = [];

    /// <summary>The chart's data for the page script.</summary>
    public string ChartJson { get; private set; } = "{}";

    /// <summary>The office corrects the goal, baseline or deadline, or publishes the target on the public page.</summary>
    public async Task<IActionResult> OnPostChangeAsync(string code, string? value, string? upper, string? baseline, DateOnly? deadline, bool publish)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        // A goal is in its target's unit: a per-cent sign is read only where that unit is per cent (ValueRule).
        var target = Plan!.Tasks.SelectMany(t => t.Targets).FirstOrDefault(t => t.Code == code);
        var percent = target is null || ValueRule.Of(target, Plan.Year).InPercent(ValueField.Value);
        var errors = new List<Problem>();
        var change = new TargetChange(
            Value: FormNumber.Read(value, "value", Catalogue.Forms.GoalValue, errors, percent),
            Upper: FormNumber.Read(upper, "upper", Catalogue.Forms.Upper, errors, percent),
            Baseline: FormNumber.Read(baseline, "baseline", Catalogue.Forms.Baseline, errors, percent), Deadline: deadline, Public: publish);

        var result = errors.Count > 0 ? StoreResult.Fail(errors[0]) : await ledger.Value.UpdateTargetAsync(Plan!.Id, code, change, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            var shown = await OnGetAsync(code);
            Failed = true;
            Message = result.Error!.ToString();
            return shown;
        }

        return Redirect($"/targets/{Uri.EscapeDataString(code)}?plan={Plan!.Id}&saved=1");
    }

    /// <summary>Shows the target.</summary>
    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (Request.Query.ContainsKey("saved"))
        {
            Message = T("已保存，并记入审计记录。", "Saved and recorded in the audit trail.");
        }

        if (!await LoadPlanAsync() || Plan!.Tasks.FirstOrDefault(t => t.Targets.Any(x => x.Code == code)) is not { } task)
        {
            return NotFound();
        }

        if (!User.ReadsAll() && !TaskBreakdown.Involves(task, User.UnitName() ?? ""))
        {
            return Forbid();
        }

        Target = task.Targets.First(x => x.Code == code);
        TaskCode = task.Code;
        Reading = (await Reads.ReadingAsync(Plan.Id, AsOf, HttpContext.RequestAborted))?.Target(code);
        if (Reading is null)
        {
            return NotFound();
        }

        History = TargetHistory.Of(Reading);
        Reports = [.. (await Reads.ReportsAsync(Plan.Id, HttpContext.RequestAborted)).Where(r => r.TaskCode == task.Code && UnitScope.MayRead(User, r.Unit))];
        await LoadBindingAsync(code);
        Series = await ledger.Value.Years.SeriesAsync(Plan.Id, code, HttpContext.RequestAborted);
        // Serialized with the default (escaping) encoder, so no report text can close the script element.
        ChartJson = JsonSerializer.Serialize(new
        {
            periods = History.Periods,
            unit = Target.Unit,
            expected = History.Expected,
            actual = History.Actual,
            projected = History.Projected,
            goal = History.Periods.Select(_ => Reading.Goal.Value).ToArray(),
            labels = new { expected = T("应达（形象进度）", "expected"), actual = T("实际", "actual"), projected = T("预计", "projected"), goal = T("目标", "goal") },
        });
        return Page();
    }
}
