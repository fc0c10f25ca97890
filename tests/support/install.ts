// Every test runs with the features connected as the server connects them at start-up.
import "../../app/shell/install.server";
