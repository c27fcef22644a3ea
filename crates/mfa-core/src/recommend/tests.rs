use super::*;
use crate::account_check::{compare, AccountWarning};
use crate::account_check::{Fido2Provider, RegisteredKind, RegisteredMethod};
use crate::done::{lost_phone_plan, LostPhonePlan};
use crate::i18n::{Locale, Texts};
use crate::profile::TelephonyProvider;
use crate::situation::QuestionId;
use crate::view::{plan_view, warning_view};
use MethodId::*;

fn december() -> Date {
    Date::new(2026, 12, 1).unwrap()
}

fn march() -> Date {
    Date::new(2027, 3, 1).unwrap()
}

fn default_profile() -> Profile {
    Profile::embedded_default()
}

fn with_provider(provider: TelephonyProvider) -> Profile {
    let mut p = default_profile();
    p.telephony = provider;
    p
}

/// The organisations the invariants are checked under: Microsoft's defaults,
/// providers of every shape, and narrow or generous method lists.
fn profiles() -> Vec<(&'static str, Profile)> {
    let mut narrow = default_profile();
    narrow.methods_enabled = vec![Authenticator, Phone];
    let mut no_passkeys = default_profile();
    no_passkeys.methods_enabled = vec![Authenticator, Phone, OfficePhone, AlternatePhone];
    let mut everything = with_provider(TelephonyProvider::EVERYTHING);
    everything.methods_enabled = MethodId::ALL
        .into_iter()
        .filter(|m| !matches!(m, SyncedPasskey | WindowsPasskey))
        .collect();
    let mut tokens_no_synced = default_profile();
    tokens_no_synced.methods_enabled.push(OathToken);
    tokens_no_synced.synced_passkeys = false;
    let mut no_keys = default_profile();
    no_keys.methods_enabled.retain(|m| *m != SecurityKey);
    vec![
        ("default", default_profile()),
        ("provider", with_provider(TelephonyProvider::EVERYTHING)),
        (
            "sms provider",
            with_provider(TelephonyProvider {
                sms: true,
                voice: false,
                covers_everyone: true,
            }),
        ),
        (
            "voice provider",
            with_provider(TelephonyProvider {
                sms: false,
                voice: true,
                covers_everyone: true,
            }),
        ),
        (
            "provider for some staff",
            with_provider(TelephonyProvider {
                sms: true,
                voice: true,
                covers_everyone: false,
            }),
        ),
        ("narrow", narrow),
        ("no passkeys", no_passkeys),
        ("everything", everything),
        ("tokens, no synced", tokens_no_synced),
        ("no keys", no_keys),
    ]
}

/// Every complete combination of answers.
fn every_situation() -> Vec<Situation> {
    let mut all = vec![Situation::default()];
    for q in QuestionId::ALL {
        all = all
            .into_iter()
            .flat_map(|s| {
                q.answers().iter().map(move |a| {
                    let mut next = s.clone();
                    next.set(q, a).unwrap();
                    next
                })
            })
            .collect();
    }
    all
}

/// An oracle written apart from the rules: the places this person could hold
/// a lasting way in at all, under `profile` on `day` at `computer`.
fn possible_places(
    s: &Situation,
    profile: &Profile,
    day: Date,
    computer: ThisComputer,
) -> Vec<Place> {
    let lines = PhoneLines::on(profile, day);
    let smartphone = s.has_smartphone();
    let own_pc = s.setup_device() == Some(SetupDevice::Pc);
    let a_computer = s.setup_device() != Some(SetupDevice::PhoneOnly);
    let mut places: Vec<Place> = MethodId::ALL
        .into_iter()
        .filter(|m| profile.enables(*m) && lines.lasts(*m))
        .filter(|m| match m {
            Authenticator | Passkey | SyncedPasskey => smartphone,
            WindowsPasskey => own_pc && computer == ThisComputer::Windows,
            SecurityKey => a_computer && computer != ThisComputer::Mac,
            OathToken => true,
            Phone => {
                s.device() != Some(Device::NoMobile)
                    && s.private_number() == Some(PrivateNumber::Ok)
            }
            // A shared line too: the plan takes one only where nothing else reaches
            // the desk or a second place (Q8), but it is a way in.
            OfficePhone => matches!(s.office_line(), Some(OfficeLine::Own | OfficeLine::Shared)),
            AlternatePhone => false,
        })
        .map(MethodId::place)
        .collect();
    places.sort();
    places.dedup();
    places
}

/// What "Check with Microsoft" would list once every planned method is registered.
fn as_registered(methods: &[MethodId]) -> Vec<RegisteredMethod> {
    methods
        .iter()
        .map(|m| RegisteredMethod {
            kind: match m {
                Authenticator => RegisteredKind::Authenticator,
                Passkey => RegisteredKind::Fido2 {
                    provider: Fido2Provider::MicrosoftAuthenticator,
                },
                SyncedPasskey => RegisteredKind::Fido2 {
                    provider: Fido2Provider::ICloudKeychain,
                },
                WindowsPasskey => RegisteredKind::Fido2 {
                    provider: Fido2Provider::WindowsHello,
                },
                SecurityKey => RegisteredKind::Fido2 {
                    provider: Fido2Provider::Other,
                },
                OathToken => RegisteredKind::HardwareOath,
                Phone | AlternatePhone | OfficePhone => RegisteredKind::Phone {
                    slot: *m,
                    last_digits: "12".into(),
                },
            },
            label: None,
        })
        .collect()
}

fn warning_ids(warnings: &[PlanWarning]) -> Vec<&'static str> {
    warnings.iter().map(|w| w.id.as_str()).collect()
}

fn has_warning(plan: &Plan, id: WarningId) -> bool {
    plan.warnings.iter().any(|w| w.id == id)
}

/// One person at a Windows PC, under one profile on one day: what the
/// invariants below are checked over.
struct Case {
    name: &'static str,
    profile: Profile,
    day: Date,
    lines: PhoneLines,
    situation: Situation,
}

impl Case {
    fn plan(&self) -> Plan {
        recommend(
            &self.situation,
            &self.profile,
            self.day,
            ThisComputer::Windows,
        )
    }

    /// Says which case failed, with the plan's methods.
    fn context(&self, methods: &[MethodId]) -> String {
        format!(
            "{} {} {:?}: {methods:?}",
            self.name, self.day, self.situation
        )
    }
}

/// Every profile × both sides of Microsoft's date × every situation.
fn windows_cases() -> impl Iterator<Item = Case> {
    profiles().into_iter().flat_map(|(name, profile)| {
        [december(), march()].into_iter().flat_map(move |day| {
            let profile = profile.clone();
            every_situation().into_iter().map(move |situation| Case {
                name,
                lines: PhoneLines::on(&profile, day),
                profile: profile.clone(),
                day,
                situation,
            })
        })
    })
}

/// The invariant, over every combination of answers, both sides of
/// Microsoft's date, every profile and every computer: two lasting ways in, in
/// two independent places, wherever the profile and the person allow it; and
/// where they do not, a warning that says so and a lost-phone plan.
#[test]
fn every_plan_survives_a_lost_phone_where_the_profile_allows_it_and_says_so_where_not() {
    let situations = every_situation();
    assert_eq!(situations.len(), 3 * 2 * 2 * 2 * 3 * 3);
    let mut checked = 0;
    let mut impossible = 0;
    for (name, profile) in profiles() {
        for day in [december(), march()] {
            let lines = PhoneLines::on(&profile, day);
            for computer in ThisComputer::ALL {
                for s in &situations {
                    let plan = recommend(s, &profile, day, computer);
                    let methods = plan.methods();
                    let context = format!("{name} {day} {computer:?} {s:?}: {methods:?}");
                    let resilience = Resilience::of_methods(&methods, &lines);
                    let possible = possible_places(s, &profile, day, computer);
                    if possible.len() >= 2 {
                        assert!(
                            resilience.is_enough(),
                            "could reach {possible:?}: {context}"
                        );
                    } else {
                        impossible += 1;
                        assert!(!resilience.is_enough(), "{context}");
                        let said = [
                            WarningId::NoMethod,
                            WarningId::OnlyOneMethod,
                            WarningId::OnePlace,
                            WarningId::NoLastingMethod,
                        ];
                        assert!(
                            said.iter().any(|&w| has_warning(&plan, w)),
                            "no warning says the plan cannot survive: {context}"
                        );
                        // A phone in the plan, and nothing lasting elsewhere: the
                        // lost-phone plan names what still works today, or the help desk.
                        let on_a_phone = methods
                            .iter()
                            .any(|m| matches!(m.place(), Place::Smartphone | Place::MobileNumber));
                        match lost_phone_plan(&methods, &lines) {
                            None => assert!(!on_a_phone, "no lost-phone plan: {context}"),
                            Some(LostPhonePlan::HelpDesk) => {}
                            Some(LostPhonePlan::OtherPlaces(places)) => assert!(
                                places.iter().all(|p| p.survives_losing_the_phone()),
                                "{context}"
                            ),
                        }
                    }
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 10 * 2 * 3 * 216);
    assert!(impossible > 0, "some combinations cannot reach two places");
}

/// The plan step, "Check with Microsoft" and the done step judge a plan by the
/// same rule: registering exactly the plan never earns a lost-phone warning
/// from the check unless the plan step warned first, and the done step's
/// lost-phone plan is the plan step's.
#[test]
fn the_plan_the_account_check_and_the_done_step_never_contradict_each_other() {
    for case in windows_cases() {
        let (plan, lines) = (case.plan(), &case.lines);
        let methods = plan.methods();
        let context = case.context(&methods);
        let check = compare(&as_registered(&methods), &methods, lines);
        assert!(check.missing.is_empty(), "{context}");
        // Every warning each side gives for "this does not survive a lost phone".
        let check_warns = !check.warnings.is_empty();
        assert!(check.warnings.iter().all(|w| matches!(
            w,
            AccountWarning::OnlyPassword
                | AccountWarning::OnePhoneHoldsAll
                | AccountWarning::OnePlaceHoldsAll
                | AccountWarning::OnlyPhoneLinesEnding
                | AccountWarning::OnlyPhoneLinesEnded
        )));
        let plan_warns = [
            WarningId::NoMethod,
            WarningId::OnlyOneMethod,
            WarningId::OnePlace,
            WarningId::NoLastingMethod,
        ]
        .iter()
        .any(|&w| has_warning(&plan, w));
        assert_eq!(check_warns, plan_warns, "{context} {:?}", check.warnings);
        let survives = Resilience::of_methods(&methods, lines).is_enough();
        if survives && methods.iter().any(|m| m.place() == Place::Smartphone) {
            assert!(
                matches!(
                    lost_phone_plan(&methods, lines),
                    Some(LostPhonePlan::OtherPlaces(_))
                ),
                "{context}"
            );
        }
    }
}

/// Someone whose phone stays in a locker, or who has no smartphone, is offered
/// what works at the desk wherever the organisation enables it, also after
/// Microsoft's date: no dead end.
#[test]
fn the_desk_is_never_a_dead_end() {
    for case in windows_cases() {
        let (s, lines) = (&case.situation, &case.lines);
        let locker = s.phone_at_work() == Some(PhoneAtWork::Forbidden);
        if !locker && s.has_smartphone() {
            continue;
        }
        let plan = case.plan();
        let desk_possible = possible_places(s, &case.profile, case.day, ThisComputer::Windows)
            .into_iter()
            .any(Place::at_the_desk);
        let has_desk = plan
            .methods()
            .iter()
            .any(|m| m.place().at_the_desk() && lines.lasts(*m));
        let context = case.context(&plan.methods());
        assert_eq!(has_desk, desk_possible, "{context}");
        if locker && !desk_possible {
            assert!(
                plan.methods().is_empty() || has_warning(&plan, WarningId::PhoneForbiddenNoOffice),
                "{context}"
            );
        }
    }
}

#[test]
fn every_plan_keeps_the_assistant_s_other_rules() {
    for case in windows_cases() {
        let (plan, lines, s, profile) = (case.plan(), &case.lines, &case.situation, &case.profile);
        let methods = plan.methods();
        let context = case.context(&methods);
        for m in &methods {
            assert!(profile.enables(*m), "disabled {m:?}: {context}");
            assert!(lines.works_today(*m), "{m:?} no longer works: {context}");
            assert_eq!(methods.iter().filter(|x| *x == m).count(), 1, "{context}");
        }
        if !s.has_smartphone() {
            assert!(!methods.iter().any(|m| m.needs_smartphone()), "{context}");
        }
        if s.private_number() != Some(PrivateNumber::Ok) {
            assert!(!methods.contains(&Phone), "private number used: {context}");
        }
        let primaries: Vec<&PlanEntry> = plan
            .entries
            .iter()
            .filter(|e| e.role == Role::Primary)
            .collect();
        assert!(primaries.len() <= 1, "two primaries: {context}");
        if let Some(primary) = primaries.first() {
            assert_eq!(&plan.entries[0], *primary, "the primary leads: {context}");
            assert_ne!(primary.method, SecurityKey, "key as default: {context}");
        }
        for e in &plan.entries {
            assert_eq!(e.role == Role::Interim, !lines.lasts(e.method), "{context}");
        }
        if let Some(at) = plan.entries.iter().position(|e| e.role == Role::Interim) {
            assert!(
                plan.entries[at..].iter().all(|e| e.role == Role::Interim),
                "interim entries come last: {context}"
            );
        }
        let order = registration_order(&methods, profile, case.day);
        assert_eq!(order.len(), methods.len(), "{context}");
        if methods.iter().any(|m| m.offered_at_first_sign_in()) {
            assert!(order[0].offered_at_first_sign_in(), "{order:?}: {context}");
        }
    }
}

/// The plans a help desk will recognise, pinned: the most common person, the
/// locker, the basic phone, the provider's standard.
#[test]
fn pinned_plans() {
    type Case<'a> = (
        &'a str,
        [&'a str; 6],
        ThisComputer,
        Date,
        Vec<MethodId>,
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        (
            "smartphone, own Windows PC: the app and this PC",
            ["smartphone", "allowed", "rarely", "ok", "none", "pc"],
            ThisComputer::Windows,
            december(),
            vec![Authenticator, WindowsPasskey],
            &[],
        ),
        (
            "smartphone, shared PC: the app and the Apple/Google account",
            [
                "smartphone",
                "allowed",
                "often",
                "ok",
                "own-line",
                "shared-pc",
            ],
            ThisComputer::Windows,
            december(),
            vec![Authenticator, SyncedPasskey],
            &[],
        ),
        (
            "smartphone on a Mac: the app and the Apple/Google account",
            ["smartphone", "allowed", "rarely", "not-ok", "none", "pc"],
            ThisComputer::Mac,
            march(),
            vec![Authenticator, SyncedPasskey],
            &["phone-lines-ended"],
        ),
        (
            "phone in a locker, own Windows PC: this PC at the desk, the app elsewhere",
            ["smartphone", "forbidden", "rarely", "ok", "own-line", "pc"],
            ThisComputer::Windows,
            december(),
            vec![WindowsPasskey, Authenticator],
            &[],
        ),
        (
            "phone in a locker, shared PC: a security key at the desk",
            [
                "smartphone",
                "forbidden",
                "rarely",
                "ok",
                "shared-line",
                "shared-pc",
            ],
            ThisComputer::Windows,
            december(),
            vec![Authenticator, SecurityKey],
            &["security-key-help-desk"],
        ),
        (
            "basic phone, own Windows PC: this PC and a key",
            ["feature-phone", "allowed", "rarely", "ok", "none", "pc"],
            ThisComputer::Windows,
            december(),
            vec![WindowsPasskey, SecurityKey],
            &["security-key-help-desk"],
        ),
        (
            "basic phone, after the date, shared PC: a key, and nothing else lasts",
            [
                "feature-phone",
                "allowed",
                "rarely",
                "ok",
                "none",
                "shared-pc",
            ],
            ThisComputer::Windows,
            march(),
            vec![SecurityKey],
            &[
                "only-one-method",
                "phone-lines-ended",
                "security-key-help-desk",
            ],
        ),
        (
            "basic phone before the date, shared PC: a key, and texts as a stopgap",
            [
                "feature-phone",
                "allowed",
                "rarely",
                "ok",
                "none",
                "shared-pc",
            ],
            ThisComputer::Windows,
            december(),
            vec![SecurityKey, Phone],
            &["one-place", "retirement-ahead", "security-key-help-desk"],
        ),
        (
            "registering on the phone only: the app and the Apple/Google account",
            [
                "smartphone",
                "allowed",
                "rarely",
                "ok",
                "none",
                "phone-only",
            ],
            ThisComputer::Windows,
            december(),
            vec![Authenticator, SyncedPasskey],
            &["phone-only-pairing"],
        ),
    ];
    for (name, answers, computer, day, expected, warnings) in cases {
        let s = Situation::answered(*answers);
        let plan = recommend(&s, &default_profile(), *day, *computer);
        assert_eq!(&plan.methods(), expected, "{name}");
        assert_eq!(&warning_ids(&plan.warnings), warnings, "{name}");
    }
}

#[test]
fn with_the_organisation_s_provider_the_help_desk_s_standard_holds() {
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "pc"]);
    for day in [december(), march()] {
        let plan = recommend(
            &s,
            &with_provider(TelephonyProvider::EVERYTHING),
            day,
            ThisComputer::Windows,
        );
        assert_eq!(plan.methods(), vec![Phone, Authenticator], "{day}");
        assert_eq!(plan.entries[0].reason, Reason::PhoneStandard);
        assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    }
    // A provider for some staff is not counted on, and the plan says why.
    let some = with_provider(TelephonyProvider {
        sms: true,
        voice: true,
        covers_everyone: false,
    });
    let plan = recommend(&s, &some, march(), ThisComputer::Windows);
    assert_eq!(plan.methods(), vec![Authenticator, WindowsPasskey]);
    assert!(has_warning(&plan, WarningId::ProviderSomeStaff));
}

#[test]
fn where_nothing_gives_a_second_place_the_phone_s_passkey_and_a_stopgap_are_all_there_is() {
    let mut profile = default_profile();
    profile.methods_enabled = vec![Authenticator, Passkey, Phone];
    profile.synced_passkeys = false;
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "shared-pc"]);
    let plan = recommend(&s, &profile, december(), ThisComputer::Windows);
    assert_eq!(plan.methods(), vec![Authenticator, Passkey, Phone]);
    assert_eq!(
        warning_ids(&plan.warnings),
        ["one-place", "retirement-ahead"]
    );
    let after = recommend(&s, &profile, march(), ThisComputer::Windows);
    assert_eq!(after.methods(), vec![Authenticator, Passkey]);
    assert_eq!(
        warning_ids(&after.warnings),
        ["one-place", "phone-lines-ended"]
    );
}

#[test]
fn an_incomplete_situation_gets_a_cautious_plan_without_panicking() {
    for (_, profile) in profiles() {
        for day in [december(), march()] {
            let plan = recommend(&Situation::default(), &profile, day, ThisComputer::Windows);
            assert!(!plan.methods().contains(&Phone));
            assert!(!plan.methods().iter().any(|m| m.needs_smartphone()));
            assert!(
                !plan.methods().contains(&WindowsPasskey),
                "not known to be theirs"
            );
        }
    }
}

#[test]
fn selection_checks_follow_the_same_rule() {
    let p = default_profile();
    let ids = |methods: &[MethodId], day| -> Vec<&str> {
        warning_ids(&check_selection(methods, &p, day))
    };
    assert_eq!(ids(&[Authenticator], december()), ["only-one-method"]);
    assert_eq!(ids(&[Authenticator, Passkey], december()), ["one-place"]);
    assert!(ids(&[Authenticator, SyncedPasskey], march()).is_empty());
    assert_eq!(
        ids(&[Phone, Authenticator], december()),
        ["one-place", "retirement-ahead"]
    );
    assert_eq!(
        ids(&[Phone, Authenticator], march()),
        ["one-place", "phone-lines-ended"]
    );
    assert_eq!(
        ids(&[Phone, OfficePhone], december()),
        ["no-lasting-method", "phone-lines-only"]
    );
    assert_eq!(
        ids(&[SecurityKey], december()),
        ["only-one-method", "security-key-not-default"]
    );
    assert_eq!(
        ids(&[Authenticator, OathToken], december()),
        ["method-disabled", "oath-token-help-desk"]
    );
}

#[test]
fn registration_order_follows_the_lines_and_starts_where_microsoft_starts() {
    let all = [SecurityKey, Passkey, Authenticator, Phone, WindowsPasskey];
    assert_eq!(
        registration_order(
            &all,
            &with_provider(TelephonyProvider::EVERYTHING),
            december()
        ),
        vec![Phone, Authenticator, Passkey, WindowsPasskey, SecurityKey],
        "with a provider: SMS first (FAQ Q9)"
    );
    assert_eq!(
        registration_order(&all, &default_profile(), december()),
        vec![Authenticator, Passkey, WindowsPasskey, Phone, SecurityKey],
        "without: the app first"
    );
    // The first must be one "Let's keep your account secure" starts with.
    assert_eq!(
        registration_order(
            &[WindowsPasskey, Phone, SecurityKey],
            &default_profile(),
            december()
        ),
        vec![Phone, WindowsPasskey, SecurityKey]
    );
    assert!(registration_order(&[], &default_profile(), december()).is_empty());
}

#[test]
fn every_reason_and_warning_reads_in_both_locales_with_its_names_filled_in() {
    let texts = Texts::load();
    for locale in Locale::ALL {
        for (_, profile) in profiles() {
            for day in [december(), march()] {
                for computer in ThisComputer::ALL {
                    for s in every_situation() {
                        let plan = recommend(&s, &profile, day, computer);
                        let view = plan_view(&plan, &texts, locale, &profile);
                        for e in &view.entries {
                            assert!(!e.reason.starts_with("plan-reason-"), "{}", e.reason);
                            assert!(!e.reason.contains('{'), "{}", e.reason);
                            assert!(!e.place_label.starts_with("place-"), "{}", e.place_label);
                            assert!(!e.name.starts_with("method-"), "{}", e.name);
                        }
                        for w in &view.warnings {
                            assert!(!w.text.starts_with("plan-warning-"), "{locale:?} {}", w.id);
                        }
                    }
                }
            }
        }
        let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(locale);
        let w = warning_view(
            &PlanWarning {
                id: WarningId::RetirementAhead,
            },
            &texts,
            locale,
            &default_profile(),
        );
        assert!(w.text.contains(&date), "{}", w.text);
    }
    for &id in WarningId::ALL {
        for locale in Locale::ALL {
            assert!(texts.has(locale, &format!("plan-warning-{}", id.as_str())));
        }
    }
    for &reason in Reason::ALL {
        for locale in Locale::ALL {
            assert!(
                texts.has(locale, &format!("plan-reason-{}", reason.as_str())),
                "{reason:?}"
            );
        }
    }
}

/// "FAQ Q5"-style references are links to the answer, from the source table,
/// and no reason or warning writes them into its text any more.
#[test]
fn faq_references_are_links_not_text() {
    let texts = Texts::load();
    let profile = default_profile();
    let s = Situation::answered(["smartphone", "forbidden", "often", "ok", "own-line", "pc"]);
    for locale in Locale::ALL {
        let plan = recommend(&s, &profile, december(), ThisComputer::Windows);
        let view = plan_view(&plan, &texts, locale, &profile);
        let desk = view
            .entries
            .iter()
            .find(|e| e.method == "windows-passkey")
            .unwrap();
        assert_eq!(desk.faq.len(), 1, "{:?}", desk.faq);
        assert_eq!(desk.faq[0].id, "phone-not-allowed-at-work");
        assert!(desk.faq[0].label.contains("Q8"), "{}", desk.faq[0].label);
    }
    for &reason in Reason::ALL {
        for locale in Locale::ALL {
            let text = texts.get(locale, &format!("plan-reason-{}", reason.as_str()));
            assert!(!text.contains("(FAQ") && !text.contains("（FAQ"), "{text}");
        }
    }
}
