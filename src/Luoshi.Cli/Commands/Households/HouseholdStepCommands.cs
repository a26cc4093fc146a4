using Luoshi.Domain.Time;
using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Households;
using Luoshi.Storage.Households.Monitoring;

namespace Luoshi.Cli.Commands.Households;

/// <summary>The monitoring steps: <c>hardship</c>, <c>identify</c>, <c>dismiss</c>, <c>assist</c>, <c>eliminate</c>, each on
/// one household (by number or head's identity number), dated today unless <c>--on</c> says otherwise.</summary>
internal static class HouseholdStepCommands
{
    public static Command Hardship() => Step("hardship", "Record a sudden severe hardship (突发严重困难): the household is flagged",
        (_, on) => HouseholdStep.Hardship(on));

    public static Command Identify()
    {
        var source = new Option<string>("--source") { Description = "application, visit or department (自主申报、干部排查、部门筛查)", Required = true };
        var risks = new Option<string>("--risks") { Description = "Risk types, e.g. illness|education (因病|因学)", Required = true };
        return Step("identify", "Identify the household as a monitoring object (纳入监测)", (r, on) =>
        {
            var (types, unknown) = HouseholdWords.Risks(r.GetValue(risks)!);
            var found = HouseholdWords.Source(r.GetValue(source)!);
            return unknown is not null ? Refuse("--risks", Catalogue.Households.UnknownRisk(unknown))
                : found is null ? Refuse("--source", Catalogue.Households.UnknownSource(r.GetValue(source)!))
                : HouseholdStep.Identify(on, found.Value, types);
        }, source, risks);
    }

    public static Command Dismiss()
    {
        var reason = new Option<string>("--reason") { Description = "What checking found (核实情况)", Required = true };
        return Step("dismiss", "Clear a flag after checking: not a monitoring object", (r, on) => HouseholdStep.Dismiss(on, r.GetValue(reason)!), reason);
    }

    public static Command Assist()
    {
        var kind = new Option<string>("--kind") { Description = "The kind of measure (产业帮扶, 就业帮扶, 医疗保障, 教育资助, 兜底保障…)", Required = true };
        var measure = new Option<string>("--measure") { Description = "What is done", Required = true };
        return Step("assist", "Record an assistance measure (帮扶措施); the first one starts the assistance",
            (r, on) => HouseholdStep.Assist(on, r.GetValue(kind)!, r.GetValue(measure)!), kind, measure);
    }

    public static Command Eliminate() => Step("eliminate", "Declare the household's risk eliminated (风险消除)", (_, on) => HouseholdStep.Eliminate(on));

    private static HouseholdStep? Refuse(string option, Words message)
    {
        ProblemOutput.Write("luoshi households", new Problem(message, Place.OfField(option)), Console.Error);
        return null;
    }

    private static Command Step(string name, string description, Func<ParseResult, DateOnly, HouseholdStep?> make, params Option[] options)
    {
        var store = new StoreSelection();
        var key = new Argument<string>("HOUSEHOLD") { Description = "The household's number or its head's identity number" };
        var on = new Option<DateOnly?>("--on") { Description = "The day it happened (default: today)" };
        var command = new Command(name, description) { key, on };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (make(result, result.GetValue(on) ?? ChinaTime.Today(TimeProvider.System)) is not { } step)
            {
                return ExitCodes.BadInput;
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var household = result.GetValue(key)!;
            var done = await ledger.RecordHouseholdStepAsync(household, step, ct);
            if (!done.Succeeded)
            {
                return ProblemOutput.Write($"luoshi households {name}", done.Error!, Console.Error);
            }

            Console.Out.WriteLine($"household {household}: {name} recorded on {step.On:yyyy-MM-dd}");
            return ExitCodes.Success;
        });
        return command;
    }
}
