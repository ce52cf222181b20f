// Copyright ${vendor}
/** The ${law} module for Meervoud; the law is data in rules/${ruleSetId}.json, this package only registers it. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "${ruleSetId};kind=domain")
package ${package};
