package com.cyclex.api;

/**
 * Something a member asks the exchange to do. Every front end (the UI in-process, the network gateway,
 * robot traders) sends these; the sequencer applies them one at a time.
 */
public sealed interface Command
        permits PlaceOrder, CancelOrder, ReplaceOrder, CancelAll, RegisterMember, AdmitMember, SuspendMember,
        LeaveExchange, DeclareCapacity, MintCredits, CreateMarket, HaltMarket, ResumeMarket, SetFees, AdvanceClock,
        EndLease, AdoptDeliveryRules, SubmitJob, ClaimJob, ReportJob, ReportVerification, SetVerification {

    /** The member who sends the command; 0 for one who is not a member yet, or for the exchange's clock. */
    long actor();
}
