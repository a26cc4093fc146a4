using System.Globalization;
using System.Text.RegularExpressions;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>The office's own wording of one kind's reminders (office data): a title and a body with placeholders in
/// braces, filled for each reminder. Without one, the catalogue's wording is used (<see cref="Catalogue.Reminders"/>).
/// Placeholders, Chinese or English: {单位}/{unit}, {任务编号}/{code}, {任务}/{task}, {事项}/{what}, {到期日}/{due},
/// {天数}/{days}, {阶段}/{stage}, {提示}/{prompt} (the catalogue's sentence for the stage) and {链接}/{link}. A template
/// with any other placeholder is refused, naming it.</summary>
public sealed partial record ReminderTemplate(DueKind Kind, string Title, string Body)
{
    private static readonly string[][] Names =
    [
        ["单位", "unit"], ["任务编号", "code"], ["任务", "task"], ["事项", "what"], ["到期日", "due"], ["天数", "days"],
        ["阶段", "stage"], ["提示", "prompt"], ["链接", "link"],
    ];

    /// <summary>The placeholders as a reader is told of them: the Chinese names on a Chinese page, the English on an
    /// English one (both are accepted in either).</summary>
    public static Words PlaceholderList { get; } = new(
        string.Join(" ", Names.Select(n => "{" + n[0] + "}")), string.Join(" ", Names.Select(n => "{" + n[1] + "}")));

    /// <summary>Every placeholder a template may use.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = [.. Names.SelectMany(n => n).Select(n => "{" + n + "}")];

    /// <summary>What is wrong with this template, each at its field (title, body): an empty part, an unknown placeholder.</summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        Part(Title, "title");
        Part(Body, "body");
        return problems;

        void Part(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new Problem(Catalogue.Reminders.TemplateEmpty, Place.OfField(field)));
                return;
            }

            foreach (var name in Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct())
            {
                if (!Names.Any(n => n.Contains(name)))
                {
                    problems.Add(new Problem(Catalogue.Reminders.UnknownPlaceholder(name, Placeholders), Place.OfField(field)));
                }
            }
        }
    }

    /// <summary>The title and body for <paramref name="reminder"/>, linking to <paramref name="link"/>.</summary>
    public (string Title, string Body) Render(PlannedReminder reminder, string link)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var item = reminder.Item;
        var values = new[]
        {
            item.Unit, item.TaskCode, item.Task, item.What.Zh, $"{item.Due.Year}年{item.Due.Month}月{item.Due.Day}日",
            reminder.DaysLeft.ToString(CultureInfo.InvariantCulture), Catalogue.Reminders.StageName(reminder.Stage).Zh,
            Catalogue.Reminders.Prompt(reminder).Zh, link,
        };
        string Fill(string text) => Placeholder().Replace(text, m =>
        {
            var i = Array.FindIndex(Names, n => n.Contains(m.Groups[1].Value));
            return i < 0 ? m.Value : values[i];
        });
        return (Fill(Title), Fill(Body));
    }

    [GeneratedRegex(@"\{([^{}\s]{1,20})\}")]
    private static partial Regex Placeholder();
}
