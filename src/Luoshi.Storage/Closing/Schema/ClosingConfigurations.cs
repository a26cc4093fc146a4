using Luoshi.Domain.Plans;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Closing.Schema;

/// <summary>plan_closings: keyed by plan; a plan with a closing keeps it.</summary>
internal sealed class PlanClosingConfiguration : IEntityTypeConfiguration<PlanClosingRow>
{
    public void Configure(EntityTypeBuilder<PlanClosingRow> builder)
    {
        builder.ToTable("plan_closings");
        builder.HasKey(r => r.PlanId);
        builder.Property(r => r.PlanId).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Plan>().WithOne().HasForeignKey<PlanClosingRow>(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>closing_accounts: one per task; results and states as their names.</summary>
internal sealed class ClosingAccountConfiguration : IEntityTypeConfiguration<ClosingAccountRow>
{
    public void Configure(EntityTypeBuilder<ClosingAccountRow> builder)
    {
        builder.ToTable("closing_accounts");
        builder.HasIndex(r => r.TaskId).IsUnique();
        builder.HasIndex(r => r.PlanId);
        builder.Property(r => r.State).HasConversion<string>();
        builder.Property(r => r.Claimed).HasConversion<string>();
        builder.Property(r => r.Result).HasConversion<string>();
        builder.Property(r => r.Evidence).HasJsonConversion();
        builder.Property(r => r.Finals).HasJsonConversion();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<PlanClosingRow>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanTask>().WithOne().HasForeignKey<ClosingAccountRow>(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>closing_corrections: by account, in order.</summary>
internal sealed class ClosingCorrectionConfiguration : IEntityTypeConfiguration<ClosingCorrectionRow>
{
    public void Configure(EntityTypeBuilder<ClosingCorrectionRow> builder)
    {
        builder.ToTable("closing_corrections");
        builder.HasIndex(r => r.AccountId);
        builder.Property(r => r.Before).HasConversion<string>();
        builder.Property(r => r.After).HasConversion<string>();
        builder.HasOne<ClosingAccountRow>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
