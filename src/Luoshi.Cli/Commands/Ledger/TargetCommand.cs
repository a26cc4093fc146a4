using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi target set T16.1 …</c>: the office corrects what the parser drafted and sets how a target is measured.</summary>
internal static class TargetCommand
{
    public static Command Create() => new("target", "Edit a target after import") { Set(), TargetBindCommand.Create() };

    private static Command Set()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var code = new Argument<string>("TARGET") { Description = "The target number, e.g. T16.1" };
        var measure = new Option<Measure?>("--measure") { Description = "cumulative, level, ratio, milestone, bottomline or direction" };
        var comparator = new Option<string?>("--comparator") { Description = ">=, <=, =, ~ (左右) or between" };
        var value = new Option<decimal?>("--value") { Description = "The promised value" };
        var upper = new Option<decimal?>("--upper") { Description = "The upper end of a range" };
        var baseline = new Option<decimal?>("--baseline") { Description = "Last year's value (directions; ratios climb from it)" };
        var deadline = new Option<DateOnly?>("--deadline") { Description = "When the promise falls due, YYYY-MM-DD" };
        var trajectory = new Option<string?>("--trajectory")
        {
            Description = "Expected values by period (形象进度), e.g. 3=1000,6=3000,12=6000; 'linear' clears them",
        };
        var isPublic = new Option<bool?>("--public") { Description = "Show (true) or hide (false) the target on the public page" };
        var command = new Command("set", "Change how a target is stated or measured")
        {
            code, measure, comparator, value, upper, baseline, deadline, trajectory, isPublic,
        };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            Comparator? parsedComparator = null;
            if (result.GetValue(comparator) is { } symbol && (parsedComparator = ComparatorSymbols.FromSymbol(symbol)) is null)
            {
                Console.Error.WriteLine($"luoshi target set: --comparator {symbol}: expected >=, <=, =, ~ or between");
                return ExitCodes.BadInput;
            }

            var (points, trajectoryError) = Trajectory(result.GetValue(trajectory));
            if (trajectoryError is not null)
            {
                Console.Error.WriteLine($"luoshi target set: {trajectoryError}");
                return ExitCodes.BadInput;
            }

            var change = new TargetChange(result.GetValue(measure), parsedComparator, result.GetValue(value), result.GetValue(upper),
                result.GetValue(baseline), result.GetValue(deadline), points, result.GetValue(isPublic));
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi target set", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var updated = await ledger.UpdateTargetAsync(found.Id, result.GetValue(code)!, change, ct);
            if (!updated.Succeeded)
            {
                return ProblemOutput.Write("luoshi target set", updated.Error!, Console.Error);
            }

            Console.Out.WriteLine($"{result.GetValue(code)} updated");
            return ExitCodes.Success;
        });
        return command;
    }

    // "3=1000,6=3000" → points; "linear" → an empty list (back to the straight line); absent → no change.
    private static (IReadOnlyList<TrajectoryPoint>? Points, string? Error) Trajectory(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (text.Trim().Equals("linear", StringComparison.OrdinalIgnoreCase))
        {
            return ([], null);
        }

        var points = new List<TrajectoryPoint>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2);
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var period)
                || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var expected))
            {
                return (null, $"--trajectory {text}: expected PERIOD=VALUE pairs separated by commas, e.g. 3=1000,6=3000,12=6000 (at {item})");
            }

            points.Add(new TrajectoryPoint(period, expected));
        }

        return (points, null);
    }
}
