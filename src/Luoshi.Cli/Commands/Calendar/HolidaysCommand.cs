using System.CommandLine;
using System.Text;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Calendar;

/// <summary><c>luoshi holidays</c>: the ledger's one working-day calendar (docs/lifecycle.md "Working days"). Without a
/// subcommand it lists the years; <c>import FILE</c> stores a year's holiday file (the office only, refused whole with
/// every wrong line named), <c>export YEAR</c> prints a year as such a file.</summary>
internal static class HolidaysCommand
{
    public static Command Create()
    {
        var list = new StoreSelection();
        var command = new Command("holidays", "The working-day calendar: holidays and adjusted working weekends per year (工作日历)")
        {
            Import(), Export(),
        };
        list.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await list.OpenAsync(result, ct);
            foreach (var y in await ledger.Calendar.YearsAsync(ct))
            {
                var from = y.Imported ? Lang.Pick($"督查室导入 {y.FileName}", $"imported {y.FileName}") : Lang.Pick("随系统发布", "shipped");
                Console.Out.WriteLine($"{y.Year.Year}\t{Lang.Pick("放假", "days off")} {y.Year.DaysOff.Count}\t{Lang.Pick("调休上班", "weekends worked")} {y.Year.WorkingWeekends.Count}\t{from}\t{y.Year.Source}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE") { Description = "A year's holiday file (UTF-8): 年份 YYYY, 放假 first [last] name, 上班 day note" };
        var command = new Command("import", "Store a year's holidays from the State Council's notice, replacing that year") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            const string label = "luoshi holidays import";
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                return ProblemOutput.Write(label, new Problem(Catalogue.Lifecycle.HolidayFileMissing, Place.OfFile(path), ProblemKind.NotFound), Console.Error);
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var account = await ledger.FindAccountAsync(store.ActorFrom(result), ct);
            var actor = account is null ? LifecycleActor.Office : new LifecycleActor(account.Role, account.Unit);
            var imported = await ledger.Calendar.ImportAsync(actor, Path.GetFileName(path), await File.ReadAllTextAsync(path, Encoding.UTF8, ct), ct);
            if (!imported.Succeeded)
            {
                return imported.Problems is [{ Kind: ProblemKind.Forbidden } forbidden]
                    ? ProblemOutput.Write(label, forbidden, Console.Error)
                    : ProblemOutput.WriteRefusedFile(label, path, imported.Problems, Console.Error);
            }

            var year = imported.Year!;
            Console.Out.WriteLine(Lang.Pick(
                $"已导入 {year.Year} 年：放假 {year.DaysOff.Count} 天，调休上班 {year.WorkingWeekends.Count} 天",
                $"{year.Year} imported: {year.DaysOff.Count} days off, {year.WorkingWeekends.Count} weekend days worked"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export()
    {
        var store = new StoreSelection();
        var year = new Argument<int>("YEAR") { Description = "The year, e.g. 2026" };
        var command = new Command("export", "Print a year's holidays as a file to edit and import again") { year };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var text = await ledger.Calendar.ExportAsync(result.GetValue(year), ct);
            if (!text.Succeeded)
            {
                return ProblemOutput.Write("luoshi holidays export", text.Error!, Console.Error);
            }

            Console.Out.Write(text.Value);
            return ExitCodes.Success;
        });
        return command;
    }
}
