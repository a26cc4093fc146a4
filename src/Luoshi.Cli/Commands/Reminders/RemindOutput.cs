using System.Globalization;
using System.Text.Json;
using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;
using Luoshi.Reminders.Sending;
using Luoshi.Storage.Reminders;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Reminders;

/// <summary>Deliveries as the command line prints them: a table in the reader's language, or JSON
/// (<c>{"reminders": [...]}</c>) for scripts; mobile numbers and e-mail addresses masked.</summary>
internal static class RemindOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Write(RunReport report, bool json, TextWriter output)
    {
        if (json)
        {
            var document = new { Day = Day(report.Day.Day), Held = report.Day.Held?.ToString(), report.Dry, Reminders = report.Deliveries.Select(Row) };
            output.WriteLine(JsonSerializer.Serialize(document, Json));
            return;
        }

        if (report.Day.Held is { } held)
        {
            output.WriteLine(held.ToString());
        }

        WriteTable(report.Deliveries, output);
        var sent = report.Deliveries.Count(d => d.State == DeliveryStates.Sent);
        var failed = report.Deliveries.Count(d => d.State == DeliveryStates.Failed);
        output.WriteLine(report.Dry
            ? new Words($"试运行：将发送 {report.Deliveries.Count} 条，未存储、未发送", $"dry run: {report.Deliveries.Count} delivery(ies) would be sent; nothing stored or sent").ToString()
            : new Words($"已发送 {sent} 条，失败 {failed} 条", $"{sent} sent, {failed} failed").ToString());
    }

    public static void WriteLog(IReadOnlyList<Delivery> deliveries, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { Deliveries = deliveries.Select(Row) }, Json));
            return;
        }

        WriteTable(deliveries, output);
    }

    private static void WriteTable(IReadOnlyList<Delivery> deliveries, TextWriter output)
    {
        var table = new Table().AddColumns(Head("单位", "Unit"), Head("任务", "Task"), Head("阶段", "Stage"), Head("收件人", "Recipient"),
            Head("渠道", "Channel"), Head("地址", "Address"), Head("状态", "State"), Head("次数", "Tries"), Head("网关答复", "Answer"));
        foreach (var d in deliveries)
        {
            var channel = Enum.Parse<ReminderChannel>(d.Channel);
            table.AddRow(Cell(d.Unit), Cell(d.TaskCode), Cell(Catalogue.Reminders.StageName(Enum.Parse<ReminderStage>(d.Stage))), Cell(d.Recipient),
                Cell(Catalogue.Reminders.Channel(channel)), Cell(AddressMask.Of(channel, d.Address)), Cell(Catalogue.Reminders.State(d.State)),
                Cell(d.Attempts.ToString(CultureInfo.InvariantCulture)), Cell(d.Answer ?? ""));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        console.Profile.Width = 200;
        console.Write(table);
    }

    private static object Row(Delivery d)
    {
        var channel = Enum.Parse<ReminderChannel>(d.Channel);
        return new
        {
            d.Id, d.Key, Plan = d.PlanId, Task = d.TaskCode, d.Unit, Stage = d.Stage, d.Recipient, d.Role, Channel = d.Channel,
            Address = AddressMask.Of(channel, d.Address), Due = Day(d.Due), d.State, d.Attempts, d.Title, d.Link, d.Answer,
            SentAt = d.SentAt?.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TableColumn Head(string zh, string en) => new(Markup.Escape(new Words(zh, en).ToString()));

    private static Markup Cell(string text) => new(Markup.Escape(text));
}
