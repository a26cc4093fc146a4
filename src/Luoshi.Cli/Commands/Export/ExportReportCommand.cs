using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Documents.Word;

namespace Luoshi.Cli.Commands.Export;

/// <summary><c>luoshi export report</c>: the quarterly notice (通报) on the plan's progress as a Word document.</summary>
internal static class ExportReportCommand
{
    /// <summary>The command, named <paramref name="name"/> (<c>report</c> under <c>export</c>).</summary>
    public static Command Create(string name = "report")
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var period = new Option<string>("--period") { Description = "Up to the end of this quarter (2022Q3) or month (2022-09)", Required = true };
        var format = new Option<string>("--format") { Description = "docx (Word)", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx");
        var output = new Option<FileInfo>("--output", "-o") { Description = "The file to write, e.g. 通报-2022Q3.docx", Required = true };
        var issuer = new Option<string?>("--issuer") { Description = "Who issues the notice (default: REGION人民政府督查室)" };
        var date = new Option<DateOnly?>("--date") { Description = "The date under the signature, YYYY-MM-DD (default: the evaluation day)" };
        var command = new Command(name, "The quarterly notice (通报) on the plan's progress, as an official document in Word")
        {
            period, format, output, issuer, date,
        };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var label = $"luoshi export {name}";
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, label, ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var (span, error) = NoticePeriod.Parse(result.GetValue(period)!, found);
            if (span is null)
            {
                Console.Error.WriteLine($"{label}: {error}");
                return ExitCodes.BadInput;
            }

            var notice = await NoticeReader.ReadAsync(ledger, found, span, result.GetValue(issuer), result.GetValue(date), ct);
            var file = result.GetValue(output)!;
            // Written next to the target first, so a failure never leaves half a document under the requested name.
            var partial = file.FullName + ".partial";
            await using (var stream = File.Create(partial))
            {
                NoticeWriter.Write(notice, stream);
            }

            File.Move(partial, file.FullName, overwrite: true);
            Console.WriteLine($"{file.FullName}: {notice.Title}（{notice.Totals.Targets} 个目标，红灯走势图 {notice.RedTargets.Count} 幅）");
            return ExitCodes.Success;
        });
        return command;
    }
}
