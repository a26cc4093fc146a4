using System.CommandLine;
using Luoshi.Documents.Word;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Export;

/// <summary><c>luoshi export report</c>: the quarterly notice (通报) on the plan's progress as a Word document.</summary>
internal static class ExportReportCommand
{
    /// <summary>The <c>report</c> subcommand of <c>export</c>.</summary>
    public static Command Create()
    {
        var period = new Option<string>("--period") { Description = "Up to the end of this quarter (2022Q3) or month (2022-09)", Required = true };
        var format = new Option<string>("--format") { Description = "docx (Word)", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx");
        var issuer = new Option<string?>("--issuer") { Description = "Who issues the notice (default: REGION人民政府督查室)" };
        var date = new Option<DateOnly?>("--date") { Description = "The date under the signature, YYYY-MM-DD (default: the evaluation day)" };
        var command = new Command("report", "The quarterly notice (通报) on the plan's progress, as an official document in Word")
        {
            period, format, issuer, date,
        };
        return ExportCommand.WithOutput(command, "luoshi export report", async (ledger, planId, result, output, ct) =>
        {
            var plan = (await ledger.FindPlanAsync(planId, ct))!;
            var (span, error) = NoticePeriod.Parse(result.GetValue(period)!, plan);
            if (span is null)
            {
                return StoreResult.Fail(error!.Value, Place.OfField("--period"));
            }

            var notice = await NoticeReader.ReadAsync(ledger, plan, span, result.GetValue(issuer), result.GetValue(date), ct);
            NoticeWriter.Write(notice, output);
            return StoreResult.Ok;
        });
    }
}
