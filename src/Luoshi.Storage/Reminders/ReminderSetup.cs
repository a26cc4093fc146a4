using Luoshi.Domain.Reminders;

namespace Luoshi.Storage.Reminders;

/// <summary>What a deployment decides about reminders: the parts that say what is due and the address of the web
/// pages the messages link to. Working days are the ledger's one calendar (<see cref="Calendar.CalendarLedger"/>).</summary>
/// <param name="LinkBase">The site's public address (https://dc.example.gov.cn), put before each item's page.</param>
/// <param name="Items">True to remind about the items from other sources too (<see cref="ItemsDue"/>).</param>
public sealed record ReminderSetup(IReadOnlyList<IDueSource> Sources, string LinkBase, bool Items = false)
{
    /// <summary>Everything the ledger knows is due — reports, 签收, milestones, 督办单 answers, extension decisions, items
    /// from other sources — linking to <paramref name="linkBase"/>: what <c>luoshi serve</c> and <c>luoshi remind run</c>
    /// remind about.</summary>
    public static ReminderSetup Everything(string linkBase) => new([new ReportsDue(), new LifecycleDue()], linkBase, Items: true);

    /// <summary>Reports due only, linking to <paramref name="linkBase"/>.</summary>
    public static ReminderSetup ReportsOnly(string linkBase) => new([new ReportsDue()], linkBase);
}
