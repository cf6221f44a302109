using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Policy.EntityFrameworkCore.Tests.Requests;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Consent;

/// <summary>The registration docs/consent.md shows, word for word between the markers.</summary>
public static class DocumentedConsentLedgerStore
{
    public static IServiceCollection Register(IServiceCollection services, string connectionString, Action<PrivacyPolicyOptions>? configure = null)
    {
        // consent: ef-register
        services.AddDbContextFactory<ServiceContext>(options => options.UseNpgsql(connectionString));
        services.AddEntityFrameworkConsentLedger<ServiceContext>();   // the IConsentLedgerStore: a context per call
        services.AddPrivacyPolicy(configure);                          // ConsentLedger keeps its evidence in the database
        // end consent
        return services;
    }
}
