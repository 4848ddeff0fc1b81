/**
 * @file The built-in sample: what the page shows at first load, so the summary is there before anyone pastes.
 *
 * It is a fictional news story written for Abridge (no real people, places or publication) and placed in
 * the public domain (CC0). It is laid out the way a whole web page arrives when someone selects it all
 * and pastes: site name, navigation, byline, photo captions with credits, sharing and advertisement
 * lines, a "Read more" link and the site footer, so the page can show what the summarizer leaves out.
 */

export const SAMPLE_CREDIT =
  'The sample is a fictional article written for Abridge and placed in the public domain (CC0).';

export const SAMPLE_ARTICLE = `The Northfield Courier
Home  News  Science  Environment
Sign in | Subscribe

Bitterns return to Marrow Fen as restored wetland passes its first big test

A decade after farmers and volunteers began re-flooding drained fields, one of the country's shyest birds is breeding there again, and the river below is measurably cleaner.

By Priya Castell, Environment Correspondent
Tuesday 14 May, 06:00

A volunteer scans the reedbeds from the east hide at Marrow Fen at first light. (Photo: Tom Ashby/Northfield Courier)

Bitterns have bred at Marrow Fen for the first time in more than forty years, the trust that manages the site said on Monday, calling it the clearest sign yet that the restored wetland is working.

Wardens recorded at least three "booming" males this spring, the deep foghorn call that male bitterns use to hold a territory, and a female was seen carrying food to a nest hidden in the reeds in late April.

The fen, a shallow basin of about 400 hectares south of Northfield, was drained for wheat and potatoes in the 1960s. In 2014 the Marrow Fen Trust, working with six neighbouring farms, began blocking drainage ditches and letting the winter floods spread back across the lowest fields.

"For years people asked us when the birds would come back, and we honestly didn't know," said Helen Okafor, the trust's head warden. "Reed takes time. Bitterns need a lot of it, and they need it wet all year round."

Share this article
Advertisement

The return of the bittern matters beyond birdwatching, scientists say. Because the birds feed on fish, eels and frogs in shallow water, a breeding pair is a sign that the whole food web of the wetland has recovered.

Researchers from the University of Northfield have sampled the river below the fen since the project began. They found that nitrate levels in the water leaving the site have fallen by about a third, as the reeds and wet soil soak up fertiliser that once ran straight into the river.

Read more: Why the county's chalk streams are running dry

Dr Samuel Reyes, a hydrologist who leads the sampling work, said the figures should persuade other landowners that wetlands can do a job that water companies spend millions on. "A wet field is a very cheap water treatment plant," he said. "It just doesn't look like one."

Not everyone has welcomed the change. Some residents of Lower Marrow say the higher water table has left their gardens waterlogged each winter, and the parish council has asked the trust to pay for a new pumping station to protect a dozen homes near the edge of the fen.

A male bittern stands motionless among the reeds, its striped neck pointed at the sky. (Photo: Ruth Ellison/Marrow Fen Trust)

The trust said it was discussing the request with the council and the Environment Agency, and that none of the properties had flooded since the project began.

The farms that joined the scheme are paid to keep their lowest land wet under a government nature-recovery grant, which runs until 2030. Two of the farmers now graze cattle on the drier margins and sell the beef under a "fen-raised" label.

Ms Okafor said the next goal was to attract cranes, which have begun nesting on other restored wetlands in the east of the country. "If the bitterns are the proof, the cranes would be the celebration," she said.

Visitors can watch the reedbeds from two public hides, which are open from dawn to dusk. The trust asks people to keep to the boardwalks during the breeding season.

From The Northfield Courier
© Northfield Media Ltd. All rights reserved.
`;
