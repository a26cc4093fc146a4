using BenchmarkDotNet.Running;
using Luoshi.Bench;
using Luoshi.Bench.Households;
using Luoshi.Bench.Ledger;
using Luoshi.Bench.Office;
using Luoshi.Bench.Villages;
using Luoshi.Bench.Web;

// `ledger-import` is a one-shot measurement (it fills fresh databases) and `web-ledger` builds the ledger the web
// benchmark is measured on, so both run outside BenchmarkDotNet; every other name goes to BenchmarkDotNet, which runs
// it and prints its table, then the figures the issue asks for.
if (args is ["ledger-import", .. var importArgs])
{
    return await LedgerImport.RunAsync(importArgs, Console.Out);
}

if (args is ["plan-import", .. var planArgs])
{
    return await PlanImportBench.RunAsync(planArgs, Console.Out);
}

if (args is ["web-ledger", .. var webArgs])
{
    return await WebLedgerBuild.RunAsync(webArgs, Console.Out, Console.Error);
}

if (args is ["ledger-evaluation-once", .. var onceArgs])
{
    return await EvaluationOnce.RunAsync(onceArgs, Console.Out);
}

if (args is ["reading-after-change", .. var changeArgs])
{
    return await Luoshi.Bench.Web.ReadingAfterChange.RunAsync(changeArgs, Console.Out);
}

if (args is ["villages", .. var villageArgs])
{
    return await VillageBench.RunAsync(villageArgs, Console.Out);
}

if (args is ["households", .. var householdArgs])
{
    return await HouseholdBench.RunAsync(householdArgs, Console.Out);
}

if (args is ["reminders", .. var reminderArgs])
{
    return await Luoshi.Bench.Reminders.ReminderBench.RunAsync(reminderArgs, Console.Out);
}

if (args is ["closing", .. var closingArgs])
{
    return await Luoshi.Bench.Closing.ClosingBench.RunAsync(closingArgs, Console.Out);
}

if (args is ["office-files", .. var officeArgs])
{
    return await OfficeFiles.RunAsync(officeArgs, Console.Out, Console.Error);
}

var summaries = BenchmarkSwitcher.FromTypes([typeof(ParseThroughput), typeof(LedgerEvaluation)]).Run(args);
foreach (var summary in summaries)
{
    ThroughputTable.Print(summary, Console.Out);
    LedgerTable.Print(summary, Console.Out);
}

return 0;
