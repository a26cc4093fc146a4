using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>The office's reminder settings: one rule per kind of due item, the quiet hours and the office's own message
/// templates (a kind without one is worded by the catalogue). Working days are the ledger's one calendar
/// (<see cref="Time.WorkingDays"/>), not part of the rules.</summary>
public sealed record ReminderRules(IReadOnlyList<ReminderRule> Rules, QuietHours Quiet, IReadOnlyList<ReminderTemplate>? Templates = null)
{
    /// <summary>True when both hold the same settings (records compare lists by reference).</summary>
    public bool Same(ReminderRules other) => other is not null && Rules.SequenceEqual(other.Rules) && Quiet == other.Quiet
        && (Templates ?? []).SequenceEqual(other.Templates ?? []);

    /// <summary>The office's template for <paramref name="kind"/>, or null for the catalogue's wording.</summary>
    public ReminderTemplate? TemplateFor(DueKind kind) => Templates?.FirstOrDefault(t => t.Kind == kind);

    /// <summary>These rules with <paramref name="template"/> for its kind, or with none for <paramref name="kind"/>
    /// (back to the catalogue's wording) when it is null.</summary>
    public ReminderRules WithTemplate(DueKind kind, ReminderTemplate? template) =>
        this with { Templates = [.. (Templates ?? []).Where(t => t.Kind != kind), .. template is null ? [] : new[] { template }] };

    /// <summary>What an office has before it sets anything: the default rule for each kind, quiet 20:00–08:00.</summary>
    public static ReminderRules Default { get; } =
        new([.. Enum.GetValues<DueKind>().Select(ReminderRule.DefaultFor)], QuietHours.Evenings);

    /// <summary>These rules with the default rule for each kind they do not name (rules stored before a kind existed):
    /// an office switches a kind off by switching off each of its steps.</summary>
    public ReminderRules WithEveryKind() => Enum.GetValues<DueKind>().All(k => For(k) is not null)
        ? this
        : this with { Rules = [.. Enum.GetValues<DueKind>().Select(k => For(k) ?? ReminderRule.DefaultFor(k))] };

    /// <summary>The rule for <paramref name="kind"/>, or null when the office reminds about it never.</summary>
    public ReminderRule? For(DueKind kind) => Rules.FirstOrDefault(r => r.Kind == kind);

    /// <summary>What cannot be true in these rules, each at its field; empty when they can be stored.</summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        foreach (var rule in Rules)
        {
            Days(rule.DaysBefore, "days_before");
            Days(rule.RepeatEvery, "repeat_every");
            Days(rule.EscalateAfter, "escalate_after");
            Days(rule.EscalateAgainAfter, "escalate_again_after");
            if (rule.EscalateAfter is { } first && rule.EscalateAgainAfter is { } second && second <= first)
            {
                problems.Add(new Problem(Catalogue.Reminders.EscalationOrder(first, second), Place.OfField("escalate_again_after")));
            }
        }

        foreach (var template in Templates ?? [])
        {
            problems.AddRange(template.Check());
        }

        if ((Templates ?? []).GroupBy(t => t.Kind).Any(g => g.Count() > 1))
        {
            problems.Add(new Problem(Catalogue.Reminders.TemplateTwice, Place.OfField("templates")));
        }

        if (Rules.GroupBy(r => r.Kind).Any(g => g.Count() > 1))
        {
            problems.Add(new Problem(Catalogue.Reminders.RuleTwice, Place.OfField("kind")));
        }

        return problems;

        void Days(int? days, string field)
        {
            if (days is < 1 or > 60)
            {
                problems.Add(new Problem(Catalogue.Reminders.DaysOutOfRange(days.Value), Place.OfField(field)));
            }
        }
    }
}
