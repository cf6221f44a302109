using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MisterVoip.Domain;
using NodaTime;
using Privacy.Policy.EntityFrameworkCore;

namespace MisterVoip.Data;

/// <summary>The provider's database: one table per kind of record, NodaTime values stored in sortable columns.</summary>
public sealed class MisterVoipContext(DbContextOptions<MisterVoipContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CallDetailRecord> Calls => Set<CallDetailRecord>();

    public DbSet<InternetSession> Sessions => Set<InternetSession>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<PaymentMandate> Mandates => Set<PaymentMandate>();

    public DbSet<MarketingProfile> MarketingProfiles => Set<MarketingProfile>();

    public DbSet<SupportTicket> Tickets => Set<SupportTicket>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants as Unix ticks and dates as ISO text: both sort as the values do, so sweeps can compare them in SQL.
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            modelBuilder.Entity(entity.ClrType).Property("Id").ValueGeneratedNever();
        }

        // Data subjects' requests and their audit, beside the data they are about (Privacy.Policy.EntityFrameworkCore):
        // a request and its deadline (GDPR art. 12(3)) outlive the process that received it.
        modelBuilder.AddSubjectRequests();

        // Consent evidence (GDPR art. 7(1)) and restrictions and objections (art. 18, 21) in the same database: the
        // proof of consent and a restriction both have to outlive the process that recorded them.
        modelBuilder.AddConsentLedger();
        modelBuilder.AddSubjectProcessingLimits();
    }

    private sealed class InstantConverter() : ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));

    private sealed class LocalDateConverter() : ValueConverter<LocalDate, string>(
        date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        text => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value);
}
