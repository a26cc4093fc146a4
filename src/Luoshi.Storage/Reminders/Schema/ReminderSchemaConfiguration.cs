using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Reminders.Schema;

/// <summary>reminder_contacts: one person once per unit and role.</summary>
internal sealed class ContactRowConfiguration : IEntityTypeConfiguration<ContactRow>
{
    public void Configure(EntityTypeBuilder<ContactRow> builder)
    {
        builder.ToTable("reminder_contacts");
        builder.HasIndex(c => new { c.Unit, c.Role, c.Name }).IsUnique();
    }
}

/// <summary>reminder_settings: a single row, id 1.</summary>
internal sealed class ReminderSettingsRowConfiguration : IEntityTypeConfiguration<ReminderSettingsRow>
{
    public void Configure(EntityTypeBuilder<ReminderSettingsRow> builder)
    {
        builder.ToTable("reminder_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}

/// <summary>reminder_deliveries: the key is unique, so a delivery is claimed by storing it, and only once whatever
/// runs at the same time; pending ones by lease, for taking over what a stopped run left.</summary>
internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("reminder_deliveries");
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.State, d.LeaseUntil });
        builder.HasIndex(d => new { d.Unit, d.Channel });
        builder.Property(d => d.Key).HasMaxLength(400);
    }
}

/// <summary>reminder_attempts: every try of a delivery, in order.</summary>
internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("reminder_attempts");
        builder.HasIndex(a => a.DeliveryId);
        builder.HasOne<Delivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>inbox_reads: one per message and account.</summary>
internal sealed class InboxReadRowConfiguration : IEntityTypeConfiguration<InboxReadRow>
{
    public void Configure(EntityTypeBuilder<InboxReadRow> builder)
    {
        builder.ToTable("inbox_reads");
        builder.HasIndex(r => new { r.DeliveryId, r.Login }).IsUnique();
        builder.HasOne<Delivery>().WithMany().HasForeignKey(r => r.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
